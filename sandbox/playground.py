"""A tiny web playground served at ``/``: chats, messages, buttons, a form to write as a user.

Plain HTML + fetch() against the ``/__control/`` API; no build step, no dependencies.
"""

PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>anxin sandbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;display:flex;height:100vh}
#side{width:260px;border-right:1px solid #ccc;padding:8px;overflow:auto;background:#f7f7f7}
#main{flex:1;display:flex;flex-direction:column}
#msgs{flex:1;overflow:auto;padding:12px;background:#e6ebee}
.m{max-width:70%;margin:6px 0;padding:6px 10px;border-radius:8px;background:#fff;white-space:pre-wrap}
.bot{background:#d9fdd3;margin-left:auto}
.meta{font-size:11px;color:#888}
.chat{cursor:pointer;padding:4px;border-radius:4px}.chat.sel{background:#cde}
button{margin:2px}#kb button{background:#eef}
form{display:flex;gap:4px;padding:8px;border-top:1px solid #ccc}
input[type=text]{flex:1}
</style></head><body>
<div id="side"><b>anxin sandbox</b><div id="bot" class="meta"></div>
<p><input id="uname" placeholder="新用户名" size="12"><button onclick="addUser()">添加用户</button></p>
<div id="chats"></div></div>
<div id="main"><div id="msgs"></div><div id="kb"></div>
<form onsubmit="send();return false">
<select id="as"></select><input id="text" type="text" placeholder="以用户身份发送…">
<button>发送</button><button type="button" onclick="start()">/start</button></form></div>
<script>
let chat=null, state=null;
async function ctl(a,b){const r=await fetch('/__control/'+a,{method:'POST',
 headers:{'Content-Type':'application/json'},body:JSON.stringify(b)});const j=await r.json();
 if(!j.ok)alert(j.error);return j.result}
async function get(p){const r=await fetch('/__control/'+p);return (await r.json()).result}
function esc(s){return String(s).replace(/[&<>]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]))}
async function refresh(){
 state=await get('state');
 document.getElementById('bot').textContent='@'+state.bot.username+' · pending '+state.pending_updates;
 const cs=document.getElementById('chats');cs.innerHTML='';
 for(const c of state.chats){const d=document.createElement('div');
  d.className='chat'+(c.id===chat?' sel':'');
  d.textContent=(c.title||c.first_name)+' ('+c.type+(c.blocked?', blocked':'')+') '+c.id;
  d.onclick=()=>{chat=c.id;refresh()};cs.appendChild(d)}
 const as=document.getElementById('as'),cur=as.value;as.innerHTML='';
 for(const u of state.users){const o=document.createElement('option');o.value=u.id;
  o.textContent=u.first_name;as.appendChild(o)}
 if(cur)as.value=cur;
 const c=state.chats.find(x=>x.id===chat);if(c&&c.type==='private')as.value=c.id;
 if(chat===null)return;
 const ms=await get('messages?chat_id='+chat),box=document.getElementById('msgs');
 const atEnd=box.scrollTop+box.clientHeight>=box.scrollHeight-5;box.innerHTML='';
 for(const m of ms){const d=document.createElement('div');d.className='m'+(m.from_bot?' bot':'');
  let body=m.text||m.caption||('['+m.kind+']');
  d.innerHTML='<div class="meta">#'+m.message_id+' '+esc((m.from||{}).first_name||'')+
   (m.edited?' (edited)':'')+'</div>'+esc(body);
  for(const row of ((m.reply_markup||{}).inline_keyboard||[])){const r=document.createElement('div');
   for(const b of row){const bt=document.createElement('button');bt.textContent=b.text;
    bt.onclick=()=>b.callback_data!==undefined?ctl('press_button',{user_id:+as.value,chat_id:chat,
     message_id:m.message_id,callback_data:b.callback_data}).then(refresh):window.open(b.url);
    r.appendChild(bt)}d.appendChild(r)}
  box.appendChild(d)}
 if(atEnd)box.scrollTop=box.scrollHeight;
 const kb=await get('keyboard?chat_id='+chat),k=document.getElementById('kb');k.innerHTML='';
 for(const row of ((kb.reply_keyboard||{}).keyboard||[])){const r=document.createElement('div');
  for(const b of row){const bt=document.createElement('button');bt.textContent=b.text;
   bt.onclick=()=>(b.request_contact?ctl('share_contact',{user_id:+as.value,phone_number:'8613800138000'}):
    b.request_location?ctl('share_location',{user_id:+as.value,latitude:23.13,longitude:113.26}):
    ctl('send_text',{user_id:+as.value,text:b.text,chat_id:chat})).then(refresh);r.appendChild(bt)}
  k.appendChild(r)}
}
async function send(){const t=document.getElementById('text');if(!t.value)return;
 await ctl('send_text',{user_id:+document.getElementById('as').value,text:t.value,
  chat_id:chat});t.value='';refresh()}
async function start(){const u=+document.getElementById('as').value;await ctl('send_start',{user_id:u});
 chat=u;refresh()}
async function addUser(){const n=document.getElementById('uname').value||'王师傅';
 const u=await ctl('users',{first_name:n});chat=u.id;refresh()}
refresh();setInterval(refresh,1000);
</script></body></html>
"""
