"""Core Bot API behaviour: auth, routing, parameter styles, messages, edits, errors."""

from __future__ import annotations

import json
from typing import Any

import aiohttp

from sandbox import Sandbox

TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
KB = {
    "inline_keyboard": [
        [{"text": "是", "callback_data": "yes"}, {"text": "否", "callback_data": "no"}]
    ]
}


async def test_get_me_and_case_insensitive_method(api: Any) -> None:
    me = await api.ok("getMe")
    assert me["is_bot"] is True and me["username"] == "anxin_test_bot" and me["id"] == 123456
    assert (await api.ok("GETME"))["id"] == 123456


async def test_unauthorized_and_unknown_method(api: Any) -> None:
    async with api.session.post(f"{api.root}/bot999:WRONG/getMe") as resp:
        assert resp.status == 401
        assert await resp.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    status, desc, _ = await api.error("noSuchMethod")
    assert (status, desc) == (404, "Not Found")


async def test_parameter_styles(api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    # urlencoded form (python-telegram-bot style: JSON-encoded non-strings)
    m1 = await api.ok("sendMessage", chat_id=uid, text="form", reply_markup=KB)
    assert m1["reply_markup"] == KB
    # real JSON body
    status, body = await api.json(
        "sendMessage", {"chat_id": uid, "text": "json", "reply_markup": KB}
    )
    assert (
        status == 200 and body["result"]["text"] == "json" and body["result"]["reply_markup"] == KB
    )
    # query string (GET)
    async with api.session.get(
        f"{api.url}/sendMessage", params={"chat_id": str(uid), "text": "q"}
    ) as r:
        assert (await r.json())["result"]["text"] == "q"
    # multipart
    form = aiohttp.FormData()
    form.add_field("chat_id", str(uid))
    form.add_field("text", "multi")
    form.add_field("disable_notification", "True")
    async with api.session.post(f"{api.url}/sendMessage", data=form) as r:
        assert (await r.json())["result"]["text"] == "multi"
    ids = [m1["message_id"], body["result"]["message_id"]]
    assert ids[1] == ids[0] + 1  # per-chat increasing


async def test_message_shape(api: Any, user: dict[str, Any]) -> None:
    msg = await api.ok(
        "sendMessage", chat_id=user["id"], text="<b>你好</b> /help", parse_mode="HTML"
    )
    assert msg["from"]["is_bot"] is True
    assert msg["chat"] == {
        "id": user["id"],
        "first_name": "王师傅",
        "username": "wang",
        "type": "private",
    }
    assert isinstance(msg["date"], int)
    assert msg["text"] == "你好 /help"
    assert {"type": "bold", "offset": 0, "length": 2} in msg["entities"]
    assert {"type": "bot_command", "offset": 3, "length": 5} in msg["entities"]


async def test_user_command_gets_bot_command_entity(sb: Sandbox, user: dict[str, Any]) -> None:
    msg = sb.send_text(user["id"], "/report 工资")
    assert msg["entities"] == [{"type": "bot_command", "offset": 0, "length": 7}]
    start = sb.messages(user["id"])[0]
    assert start["text"] == "/start" and start["entities"][0]["type"] == "bot_command"


async def test_text_limits(api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    await api.ok("sendMessage", chat_id=uid, text="a" * 4096)
    assert await api.error("sendMessage", chat_id=uid, text="a" * 4097) == (
        400,
        "Bad Request: message is too long",
        {},
    )
    # 2048 emoji = 4096 UTF-16 code units: fine; one more is too long
    await api.ok("sendMessage", chat_id=uid, text="😀" * 2048)
    status, desc, _ = await api.error("sendMessage", chat_id=uid, text="😀" * 2048 + "a")
    assert (status, desc) == (400, "Bad Request: message is too long")
    # counted after entity parsing
    await api.ok("sendMessage", chat_id=uid, text="<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    for empty in ("", "   "):
        status, desc, _ = await api.error("sendMessage", chat_id=uid, text=empty)
        assert (status, desc) == (400, "Bad Request: message text is empty")
    status, desc, _ = await api.error("sendMessage", chat_id=uid, text="<b></b>", parse_mode="HTML")
    assert desc == "Bad Request: message text is empty"


async def test_parse_errors(api: Any, user: dict[str, Any]) -> None:
    status, desc, _ = await api.error(
        "sendMessage", chat_id=user["id"], text="1.5", parse_mode="MarkdownV2"
    )
    assert status == 400 and desc.startswith("Bad Request: can't parse entities: Character '.'")
    msg = await api.ok(
        "sendMessage", chat_id=user["id"], text="*粗* 1\\.5", parse_mode="MarkdownV2"
    )
    assert msg["text"] == "粗 1.5" and msg["entities"][0]["type"] == "bold"
    status, desc, _ = await api.error(
        "sendMessage", chat_id=user["id"], text="<div>x</div>", parse_mode="HTML"
    )
    assert desc.startswith('Bad Request: can\'t parse entities: Unsupported start tag "div"')


async def test_callback_data_limits(api: Any, user: dict[str, Any]) -> None:
    for data in ("", "x" * 65, "工" * 22):  # 0 bytes, 65 bytes, 66 bytes
        kb = {"inline_keyboard": [[{"text": "t", "callback_data": data}]]}
        status, desc, _ = await api.error(
            "sendMessage", chat_id=user["id"], text="t", reply_markup=kb
        )
        assert (status, desc) == (400, "Bad Request: BUTTON_DATA_INVALID")
    kb = {"inline_keyboard": [[{"text": "t", "callback_data": "工" * 21 + "x"}]]}  # 64 bytes
    await api.ok("sendMessage", chat_id=user["id"], text="t", reply_markup=kb)


async def test_chat_not_found(api: Any) -> None:
    for cid in (42, -42, "@nobody", "abc"):
        assert await api.error("sendMessage", chat_id=cid, text="x") == (
            400,
            "Bad Request: chat not found",
            {},
        )


async def test_edits_render_and_not_modified(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    msg = await api.ok("sendMessage", chat_id=uid, text="问题", reply_markup=KB)
    mid = msg["message_id"]
    status, desc, _ = await api.error(
        "editMessageText", chat_id=uid, message_id=mid, text="问题", reply_markup=KB
    )
    assert (status, desc) == (400, NOT_MODIFIED)
    # an edit without reply_markup removes the inline keyboard
    edited = await api.ok("editMessageText", chat_id=uid, message_id=mid, text="已回答")
    assert "reply_markup" not in edited and isinstance(edited["edit_date"], int)
    view = sb.message(uid, mid)
    assert (
        view is not None
        and view["text"] == "已回答"
        and "reply_markup" not in view
        and view["edited"]
    )
    status, desc, _ = await api.error("editMessageText", chat_id=uid, message_id=mid, text="已回答")
    assert (status, desc) == (400, NOT_MODIFIED)
    # markup-only edits
    m2 = await api.ok("editMessageReplyMarkup", chat_id=uid, message_id=mid, reply_markup=KB)
    assert m2["reply_markup"] == KB and sb.message(uid, mid)["reply_markup"] == KB  # type: ignore[index]
    status, desc, _ = await api.error(
        "editMessageReplyMarkup", chat_id=uid, message_id=mid, reply_markup=KB
    )
    assert desc == NOT_MODIFIED
    m3 = await api.ok("editMessageReplyMarkup", chat_id=uid, message_id=mid)
    assert "reply_markup" not in m3
    status, desc, _ = await api.error("editMessageText", chat_id=uid, message_id=9999, text="x")
    assert (status, desc) == (400, "Bad Request: message to edit not found")


async def test_delete_message(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    mid = (await api.ok("sendMessage", chat_id=uid, text="x"))["message_id"]
    assert await api.ok("deleteMessage", chat_id=uid, message_id=mid) is True
    assert sb.message(uid, mid) is None and all(m["message_id"] != mid for m in sb.messages(uid))
    for _ in range(2):
        status, desc, _p = await api.error("deleteMessage", chat_id=uid, message_id=mid)
        assert (status, desc) == (400, "Bad Request: message to delete not found")
    status, desc, _p = await api.error("editMessageText", chat_id=uid, message_id=mid, text="y")
    assert desc == "Bad Request: message to edit not found"


async def test_callback_queries(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    msg = await api.ok("sendMessage", chat_id=uid, text="确认?", reply_markup=KB)
    qid = sb.press_button(uid, uid, msg["message_id"], "yes")
    updates = await api.ok("getUpdates")
    cq = updates[-1]["callback_query"]
    assert cq["id"] == qid and cq["data"] == "yes" and cq["from"]["id"] == uid
    assert cq["message"]["message_id"] == msg["message_id"] and isinstance(cq["chat_instance"], str)
    assert await api.ok("answerCallbackQuery", callback_query_id=qid, text="好的", show_alert=True)
    assert sb.callback_answer(qid) == {
        "text": "好的",
        "show_alert": True,
        "url": None,
        "cache_time": 0,
    }
    for bad in (qid, "12345"):  # answered twice / unknown
        assert await api.error("answerCallbackQuery", callback_query_id=bad) == (400, TOO_OLD, {})
    q2 = sb.press_button(uid, uid, msg["message_id"], "no")
    sb.expire_callback(q2)
    assert (await api.error("answerCallbackQuery", callback_query_id=q2))[1] == TOO_OLD
    sb.callback_timeout = 0.0
    q3 = sb.press_button(uid, uid, msg["message_id"], "no")
    assert (await api.error("answerCallbackQuery", callback_query_id=q3))[1] == TOO_OLD
    # must_exist guards against typos; forging is explicit
    try:
        sb.press_button(uid, uid, msg["message_id"], "forged")
    except Exception as exc:
        assert "no button" in str(exc)
    else:
        raise AssertionError("expected SandboxError")
    sb.press_button(uid, uid, msg["message_id"], "forged", must_exist=False)


async def test_reply_keyboards_stored(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    kb = {
        "keyboard": [[{"text": "分享手机号", "request_contact": True}], ["发送位置"]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }
    msg = await api.ok("sendMessage", chat_id=uid, text="请分享", reply_markup=kb)
    assert "reply_markup" not in msg  # Telegram only returns inline keyboards
    current = sb.reply_keyboard(uid)
    assert current is not None and current["keyboard"][0][0]["request_contact"] is True
    assert current["keyboard"][1][0] == {"text": "发送位置"}
    contact = sb.share_contact(uid, "8613800138000")
    assert contact["contact"] == {
        "phone_number": "8613800138000",
        "first_name": "王师傅",
        "user_id": uid,
    }
    assert sb.reply_keyboard(uid) is None  # one_time keyboard hidden after use
    await api.ok("sendMessage", chat_id=uid, text="x", reply_markup={"keyboard": [["a"]]})
    await api.ok("sendMessage", chat_id=uid, text="y", reply_markup={"remove_keyboard": True})
    assert sb.reply_keyboard(uid) is None
    await api.ok("sendMessage", chat_id=uid, text="z", reply_markup={"force_reply": True})
    assert sb.force_reply(uid) == {"force_reply": True}


async def test_blocking(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    await api.ok("getUpdates")
    sb.block_bot(uid)
    upd = (await api.ok("getUpdates"))[-1]["my_chat_member"]
    assert upd["old_chat_member"]["status"] == "member"
    assert upd["new_chat_member"]["status"] == "kicked" and upd["new_chat_member"]["user"]["is_bot"]
    n = len(sb.messages(uid))
    assert await api.error("sendMessage", chat_id=uid, text="x") == (
        403,
        "Forbidden: bot was blocked by the user",
        {},
    )
    assert len(sb.messages(uid)) == n
    sb.send_start(uid)  # Restart unblocks
    await api.ok("sendMessage", chat_id=uid, text="欢迎回来")
    stranger = sb.add_user("李四")
    status, desc, _ = await api.error("sendMessage", chat_id=stranger["id"], text="hi")
    assert (status, desc) == (403, "Forbidden: bot can't initiate conversation with a user")


async def test_chat_action_commands_chat_member(
    sb: Sandbox, api: Any, user: dict[str, Any]
) -> None:
    uid = user["id"]
    assert await api.ok("sendChatAction", chat_id=uid, action="typing") is True
    assert sb.chat_action(uid) == "typing"
    cmds = [
        {"command": "start", "description": "开始"},
        {"command": "report", "description": "举报欠薪"},
    ]
    assert await api.ok("setMyCommands", commands=cmds) is True
    assert await api.ok("getMyCommands") == cmds
    assert sb.get_commands() == cmds
    _status, desc, _ = await api.error(
        "setMyCommands", commands=[{"command": "Bad!", "description": "x"}]
    )
    assert desc == "Bad Request: BOT_COMMAND_INVALID"
    assert await api.ok("deleteMyCommands") is True and await api.ok("getMyCommands") == []
    chat = await api.ok("getChat", chat_id=uid)
    assert chat["id"] == uid and chat["type"] == "private" and "accent_color_id" in chat
    member = await api.ok("getChatMember", chat_id=uid, user_id=uid)
    assert member == {"status": "member", "user": user}
    for m in ("close", "logOut"):
        assert await api.ok(m) is True


async def test_files(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + (200).to_bytes(4, "big") * 2 + b"rest"
    # bot upload (multipart like PTB)
    form = aiohttp.FormData()
    form.add_field("chat_id", str(uid))
    form.add_field("caption", "二维码")
    form.add_field("photo", png, filename="qr.png", content_type="image/png")
    async with api.session.post(f"{api.url}/sendPhoto", data=form) as r:
        body = await r.json()
    assert r.status == 200, body
    photo = body["result"]["photo"]
    assert body["result"]["caption"] == "二维码" and photo[-1]["width"] == 200
    file_id = photo[-1]["file_id"]
    f = await api.ok("getFile", file_id=file_id)
    assert set(f) == {"file_id", "file_unique_id", "file_size", "file_path"} and f[
        "file_size"
    ] == len(png)
    async with api.session.get(f"{api.root}/file/bot{api.token}/{f['file_path']}") as r:
        assert r.status == 200 and await r.read() == png
    # re-send by file_id
    again = await api.ok("sendPhoto", chat_id=uid, photo=file_id)
    assert again["photo"][-1]["file_id"] == file_id
    status, desc, _ = await api.error("sendPhoto", chat_id=uid, photo="nonsense")
    assert desc == "Bad Request: wrong file identifier/HTTP URL specified"
    status, desc, _ = await api.error("getFile", file_id="nonsense")
    assert desc == "Bad Request: invalid file_id"
    status, desc, _ = await api.error("sendPhoto", chat_id=uid, photo=file_id, caption="长" * 1025)
    assert (status, desc) == (400, "Bad Request: message caption is too long")
    # document upload
    form = aiohttp.FormData()
    form.add_field("chat_id", str(uid))
    form.add_field("document", b"%PDF-1.4 report", filename="report.pdf")
    async with api.session.post(f"{api.url}/sendDocument", data=form) as r:
        doc = (await r.json())["result"]["document"]
    assert doc["file_name"] == "report.pdf" and doc["mime_type"] == "application/pdf"
    assert sb.file_bytes(doc["file_id"]) == b"%PDF-1.4 report"
    # user files are downloadable
    voice = sb.send_voice(uid, b"OggS-voice", duration=4)["voice"]
    vf = await api.ok("getFile", file_id=voice["file_id"])
    async with api.session.get(f"{api.root}/file/bot{api.token}/{vf['file_path']}") as r:
        assert await r.read() == b"OggS-voice"


async def test_copy_message_and_user_content(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    fwd = sb.forward_to_bot(uid, "老板说下个月发", from_name="张老板")
    assert fwd["forward_origin"]["type"] == "hidden_user"
    gid = sb.create_group("监察组", supergroup=True, members=[uid], add_bot=True)
    res = await api.ok("copyMessage", chat_id=gid, from_chat_id=uid, message_id=fwd["message_id"])
    copied = sb.message(gid, res["message_id"])
    assert (
        copied is not None and copied["text"] == "老板说下个月发" and "forward_origin" not in copied
    )
    _status, desc, _ = await api.error("copyMessage", chat_id=gid, from_chat_id=uid, message_id=999)
    assert desc == "Bad Request: message to copy not found"
    loc = sb.share_location(uid, 23.13, 113.26)
    assert loc["location"] == {"latitude": 23.13, "longitude": 113.26}
    assert sb.send_sticker(uid)["sticker"]["type"] == "regular"
    assert "animation" in sb.send_animation(uid)
    doc = sb.send_document(uid, b"xlsx", "工资表.xlsx")
    assert doc["document"]["file_name"] == "工资表.xlsx"
    edited = sb.edit_user_message(uid, uid, fwd["message_id"], "改了")
    updates = await api.ok("getUpdates")
    assert updates[-1]["edited_message"]["text"] == "改了" and "edit_date" in edited
    kinds = [m["kind"] for m in sb.messages(uid)]
    assert kinds[-5:] == ["text", "location", "sticker", "animation", "document"]


async def test_request_log(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    await api.ok("sendMessage", chat_id=user["id"], text="hi")
    await api.error("sendMessage", chat_id=1, text="hi")
    recs = sb.requests_for("sendMessage")
    assert [r["status"] for r in recs] == [200, 400]
    assert recs[0]["chat_id"] == user["id"] and recs[0]["params"]["text"] == "hi"
    assert sb.stats["sends_by_method"]["sendmessage"] == 1
    assert json.dumps(sb.stats)


async def test_entities_use_utf16_offsets(api: Any, user: dict[str, Any]) -> None:
    msg = await api.ok(
        "sendMessage",
        chat_id=user["id"],
        text='😀 <i>欠薪</i> <a href="https://x.cn">链接</a>',
        parse_mode="HTML",
    )
    assert msg["text"] == "😀 欠薪 链接"
    assert msg["entities"] == [
        {"type": "italic", "offset": 3, "length": 2},
        {"type": "text_link", "offset": 6, "length": 2, "url": "https://x.cn"},
    ]
    explicit = [{"type": "bold", "offset": 0, "length": 2}]
    msg = await api.ok("sendMessage", chat_id=user["id"], text="😀x", entities=explicit)
    assert msg["entities"] == explicit


async def test_reply_to_message(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    q = sb.send_text(uid, "工地在哪?")
    msg = await api.ok(
        "sendMessage", chat_id=uid, text="白云区", reply_to_message_id=q["message_id"]
    )
    assert msg["reply_to_message"]["text"] == "工地在哪?"
    msg = await api.ok(
        "sendMessage",
        chat_id=uid,
        text="x",
        reply_parameters={"message_id": 999, "allow_sending_without_reply": True},
    )
    assert "reply_to_message" not in msg
    status, desc, _ = await api.error("sendMessage", chat_id=uid, text="x", reply_to_message_id=999)
    assert (status, desc) == (400, "Bad Request: message to be replied not found")


async def test_webhook_descriptions_and_restart(
    sb: Sandbox, api: Any, user: dict[str, Any]
) -> None:
    _status, body = await api.call("deleteWebhook")
    assert body["description"] == "Webhook is already deleted"
    await api.ok("sendMessage", chat_id=user["id"], text="重启前")
    await sb.stop()
    await sb.start()
    async with api.session.post(
        f"{sb.api_root}/bot{api.token}/sendMessage",
        data={"chat_id": str(user["id"]), "text": "重启后"},
    ) as r:
        assert (await r.json())["result"]["message_id"] == 3
    assert [m["text"] for m in sb.bot_messages(user["id"])] == ["重启前", "重启后"]


async def test_leave_chat_and_get_chat(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    gid = sb.create_group("群", members=[user["id"]], add_bot=True)
    info = await api.ok("getChat", chat_id=gid)
    assert info["type"] == "group" and info["title"] == "群" and "accepted_gift_types" in info
    assert await api.ok("leaveChat", chat_id=gid) is True
    status, desc, _ = await api.error("sendMessage", chat_id=gid, text="x")
    assert (status, desc) == (403, "Forbidden: bot is not a member of the group chat")


async def test_html_needs_escaping_and_no_username_for_users(
    api: Any, user: dict[str, Any]
) -> None:
    status, desc, _ = await api.error(
        "sendMessage", chat_id=user["id"], text="工资<5000", parse_mode="HTML"
    )
    assert status == 400 and desc.startswith(
        "Bad Request: can't parse entities: Unsupported start tag"
    )
    msg = await api.ok(
        "sendMessage", chat_id=user["id"], text="工资&lt;5000 &amp; 加班", parse_mode="HTML"
    )
    assert msg["text"] == "工资<5000 & 加班"
    status, desc, _ = await api.error("sendMessage", chat_id="@wang", text="x")
    assert (status, desc) == (400, "Bad Request: chat not found")


async def test_more_send_methods(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    uid = user["id"]
    loc = await api.ok("sendLocation", chat_id=uid, latitude=23.1, longitude=113.2)
    assert loc["location"] == {"latitude": 23.1, "longitude": 113.2}
    contact = await api.ok("sendContact", chat_id=uid, phone_number="12345", first_name="劳动监察")
    assert contact["contact"]["first_name"] == "劳动监察"
    sticker_id = sb.send_sticker(uid)["sticker"]["file_id"]
    assert (await api.ok("sendSticker", chat_id=uid, sticker=sticker_id))["sticker"][
        "file_id"
    ] == sticker_id
    _status, desc, _ = await api.error("sendLocation", chat_id=uid, latitude=91, longitude=0)
    assert desc == "Bad Request: wrong latitude or longitude specified"
    assert await api.ok("deleteMessages", chat_id=uid, message_ids=[loc["message_id"], 999]) is True
    assert sb.message(uid, loc["message_id"]) is None
    assert await api.ok("pinChatMessage", chat_id=uid, message_id=contact["message_id"]) is True


async def test_markdown_v2_escapes(api: Any, user: dict[str, Any]) -> None:
    text = "*案件* AJ\\-2024\\-001 \\(白云区\\) [详情](https://x.cn/a_b\\)c) __下__ ||剧||"
    msg = await api.ok("sendMessage", chat_id=user["id"], text=text, parse_mode="MarkdownV2")
    assert msg["text"] == "案件 AJ-2024-001 (白云区) 详情 下 剧"
    types = {e["type"]: e for e in msg["entities"]}
    assert types["text_link"]["url"] == "https://x.cn/a_b)c"
    assert {"bold", "underline", "spoiler", "text_link"} <= set(types)
    _status, desc, _ = await api.error(
        "sendMessage", chat_id=user["id"], text="*未闭合", parse_mode="MarkdownV2"
    )
    assert (
        desc == "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0"
    )
