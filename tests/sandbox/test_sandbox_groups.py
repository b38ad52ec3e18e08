"""Groups: bot membership, privacy mode, kicking, migration to supergroups."""

from __future__ import annotations

from typing import Any

import aiohttp

from sandbox import Sandbox


def _kinds(updates: list[dict[str, Any]]) -> list[str]:
    return [next(k for k in u if k != "update_id") for u in updates]


async def test_group_ids_and_membership(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    b = sb.add_user("乙")
    assert a["id"] > 0
    gid = sb.create_group("白云区劳动监察", members=[a["id"], b["id"]])
    sid = sb.create_group("工友群", supergroup=True, members=[a["id"]])
    assert gid < 0 and not str(gid).startswith("-100")
    assert str(sid).startswith("-100")
    status, desc, _ = await api.error("sendMessage", chat_id=gid, text="x")
    assert (status, desc) == (403, "Forbidden: bot is not a member of the group chat")
    status, desc, _ = await api.error("sendMessage", chat_id=sid, text="x")
    assert desc == "Forbidden: bot is not a member of the supergroup chat"
    sb.add_bot_to_group(gid, a["id"])
    ups = await api.ok("getUpdates")
    assert _kinds(ups) == ["my_chat_member", "message"]
    mcm = ups[0]["my_chat_member"]
    assert mcm["chat"]["id"] == gid and mcm["from"]["id"] == a["id"]
    assert (mcm["old_chat_member"]["status"], mcm["new_chat_member"]["status"]) == (
        "left",
        "member",
    )
    assert ups[1]["message"]["new_chat_members"][0]["is_bot"] is True
    msg = await api.ok("sendMessage", chat_id=gid, text="大家好")
    assert msg["chat"]["type"] == "group" and msg["chat"]["title"] == "白云区劳动监察"
    member = await api.ok("getChatMember", chat_id=gid, user_id=a["id"])
    assert member["status"] == "creator"
    assert (await api.ok("getChatMember", chat_id=gid, user_id=sb.bot_id))["status"] == "member"


async def test_privacy_mode(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    await api.ok("getUpdates")
    last = await api.ok("getUpdates")
    offset = last[-1]["update_id"] + 1 if last else None
    sb.send_text(a["id"], "随便聊聊", chat_id=gid)  # invisible with privacy mode
    sb.send_text(a["id"], "/report@anxin_test_bot", chat_id=gid)
    sb.send_text(a["id"], "/report@other_bot", chat_id=gid)
    sb.send_text(a["id"], "@anxin_test_bot 帮忙", chat_id=gid)
    ups = await api.ok("getUpdates", **({"offset": offset} if offset else {}))
    texts = [u["message"].get("text") for u in ups if "message" in u]
    assert "随便聊聊" not in texts and "/report@other_bot" not in texts
    assert "/report@anxin_test_bot" in texts and "@anxin_test_bot 帮忙" in texts
    assert len(sb.messages(gid)) >= 5  # everything is still rendered in the chat


async def test_kicked_from_groups(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    sid = sb.create_group("超级群", supergroup=True, members=[a["id"]], add_bot=True)
    sb.remove_bot_from_group(gid, a["id"])
    sb.remove_bot_from_group(sid, a["id"])
    ups = [u["my_chat_member"] for u in await api.ok("getUpdates") if "my_chat_member" in u]
    assert [u["new_chat_member"]["status"] for u in ups[-2:]] == ["left", "kicked"]
    n = len(sb.messages(gid))
    assert await api.error("sendMessage", chat_id=gid, text="x") == (
        403,
        "Forbidden: bot was kicked from the group chat",
        {},
    )
    assert (await api.error("sendMessage", chat_id=sid, text="x"))[1] == (
        "Forbidden: bot was kicked from the supergroup chat"
    )
    assert len(sb.messages(gid)) == n


async def test_migration(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    old_mid = (await api.ok("sendMessage", chat_id=gid, text="升级前"))["message_id"]
    first = await api.ok("getUpdates")
    new_id = sb.migrate_group(gid)
    assert str(new_id).startswith("-100")
    ups = await api.ok("getUpdates", offset=first[-1]["update_id"] + 1)
    msgs = [u["message"] for u in ups]
    assert msgs[0]["chat"]["id"] == gid and msgs[0]["migrate_to_chat_id"] == new_id
    assert msgs[1]["chat"]["id"] == new_id and msgs[1]["chat"]["type"] == "supergroup"
    assert msgs[1]["migrate_from_chat_id"] == gid
    status, body = await api.call("sendMessage", chat_id=gid, text="x")
    assert status == 400 and body == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: group chat was upgraded to a supergroup chat",
        "parameters": {"migrate_to_chat_id": new_id},
    }
    status, _desc, params = await api.error(
        "editMessageText", chat_id=gid, message_id=old_mid, text="y"
    )
    assert params == {"migrate_to_chat_id": new_id}
    sent = await api.ok("sendMessage", chat_id=new_id, text="升级后")
    assert sent["chat"]["id"] == new_id and sent["message_id"] == 2  # new chat, new numbering


async def test_privacy_lets_replies_to_bot_through(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    bot_msg = await api.ok("sendMessage", chat_id=gid, text="请回复工地名称")
    done = await api.ok("getUpdates")
    sb.send_text(a["id"], "嘉禾望岗", chat_id=gid, reply_to_message_id=bot_msg["message_id"])
    ups = await api.ok("getUpdates", offset=done[-1]["update_id"] + 1)
    assert ups[0]["message"]["reply_to_message"]["message_id"] == bot_msg["message_id"]
    sb.promote_bot(gid, a["id"])
    sb.send_text(a["id"], "admins see all", chat_id=gid)
    ups = await api.ok("getUpdates", offset=ups[-1]["update_id"] + 1)
    assert _kinds(ups) == ["my_chat_member", "message"]
    admin = ups[0]["my_chat_member"]["new_chat_member"]
    assert admin["status"] == "administrator" and admin["can_delete_messages"] is True


async def test_group_callback_and_caption_edit(sb: Sandbox, api: Any) -> None:
    a = sb.add_user("甲")
    outsider = sb.add_user("外人")
    gid = sb.create_group("群", members=[a["id"]], add_bot=True)
    kb = {"inline_keyboard": [[{"text": "接单", "callback_data": "take:1"}]]}
    form_png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + (64).to_bytes(4, "big") * 2
    form = aiohttp.FormData()
    form.add_field("chat_id", str(gid))
    form.add_field("caption", "案件")
    form.add_field(
        "reply_markup", '{"inline_keyboard": [[{"text": "接单", "callback_data": "take:1"}]]}'
    )
    form.add_field("photo", form_png, filename="card.png")
    async with api.session.post(f"{api.url}/sendPhoto", data=form) as r:
        msg = (await r.json())["result"]
    assert msg["reply_markup"] == kb
    try:
        sb.press_button(outsider["id"], gid, msg["message_id"], "take:1")
    except Exception as exc:
        assert "not a member" in str(exc)
    else:
        raise AssertionError("outsider pressed a button")
    qid = sb.press_button(a["id"], gid, msg["message_id"], "take:1")
    ups = await api.ok("getUpdates")
    assert ups[-1]["callback_query"]["id"] == qid
    edited = await api.ok(
        "editMessageCaption", chat_id=gid, message_id=msg["message_id"], caption="已接单"
    )
    assert edited["caption"] == "已接单" and "reply_markup" not in edited
    status, desc, _ = await api.error(
        "editMessageText", chat_id=gid, message_id=msg["message_id"], text="x"
    )
    assert (status, desc) == (400, "Bad Request: there is no text in the message to edit")
