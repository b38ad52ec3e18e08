"""The HTTP control API under /__control/ (drives the world from another process)."""

from __future__ import annotations

import base64
from typing import Any

from sandbox import Sandbox


async def ctl(api: Any, action: str, **body: Any) -> Any:
    async with api.session.post(f"{api.root}/__control/{action}", json=body) as resp:
        data = await resp.json()
        assert resp.status == 200 and data["ok"], data
        return data["result"]


async def get(api: Any, path: str, **query: Any) -> Any:
    async with api.session.get(f"{api.root}/__control/{path}", params=query) as resp:
        data = await resp.json()
        assert resp.status == 200 and data["ok"], data
        return data["result"]


async def test_http_control_roundtrip(sb: Sandbox, api: Any) -> None:
    user = await ctl(api, "users", first_name="王师傅", username="wang")
    uid = user["id"]
    msg = await ctl(api, "send_start", user_id=uid, payload="site42")
    assert msg["text"] == "/start site42"
    [upd] = await api.ok("getUpdates")
    assert upd["message"]["text"] == "/start site42"
    kb = {"inline_keyboard": [[{"text": "确认", "callback_data": "confirm:1"}]]}
    sent = await api.ok("sendMessage", chat_id=uid, text="请确认", reply_markup=kb)
    msgs = await get(api, "messages", chat_id=uid)
    assert [m["from_bot"] for m in msgs] == [False, True] and msgs[1]["reply_markup"] == kb
    assert (await get(api, "bot_messages", chat_id=uid))[0]["text"] == "请确认"
    qid = await ctl(
        api,
        "press_button",
        user_id=uid,
        chat_id=uid,
        message_id=sent["message_id"],
        callback_data="confirm:1",
    )
    await api.ok("answerCallbackQuery", callback_query_id=qid, text="已确认")
    assert (await get(api, "callback_answer", query_id=qid))["text"] == "已确认"
    # errors from the control API are reported, not raised
    async with api.session.post(
        f"{api.root}/__control/press_button",
        json={
            "user_id": uid,
            "chat_id": uid,
            "message_id": sent["message_id"],
            "callback_data": "nope",
        },
    ) as resp:
        assert resp.status == 400 and "no button" in (await resp.json())["error"]
    photo = await ctl(
        api,
        "send_photo",
        user_id=uid,
        image_b64=base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16).decode(),
    )
    fid = photo["photo"][-1]["file_id"]
    async with api.session.get(f"{api.root}/__control/files/{fid}") as resp:
        assert (await resp.read()).startswith(b"\x89PNG")
    gid = await ctl(api, "groups", title="监察群", members=[uid], add_bot=True)
    new_id = await ctl(api, "migrate_group", chat_id=gid)
    assert str(new_id).startswith("-100")
    fault = await ctl(api, "faults", method="sendMessage", kind="429", count=1, retry_after=3)
    assert fault["kind"] == "429"
    status, body = await api.call("sendMessage", chat_id=uid, text="x")
    assert status == 429 and body["parameters"]["retry_after"] == 3
    await ctl(api, "limits", enforce=False)
    reqs = await get(api, "requests", method="sendMessage")
    assert [r["status"] for r in reqs] == [200, 429]
    stats = await get(api, "stats")
    assert stats["429_sent"] == 1
    state = await get(api, "state")
    assert {c["id"] for c in state["chats"]} >= {uid, gid, new_id}
    await api.ok("sendMessage", chat_id=uid, text="等你", reply_markup={"keyboard": [["是"]]})
    assert (await get(api, "keyboard", chat_id=uid))["reply_keyboard"]["keyboard"] == [
        [{"text": "是"}]
    ]
    found = await ctl(api, "wait_message", chat_id=uid, contains="等你", timeout=1)
    assert found["text"] == "等你"
    async with api.session.get(f"{api.root}/") as resp:
        assert resp.status == 200 and "anxin sandbox" in await resp.text()


async def test_wait_for_message_python_api(sb: Sandbox, api: Any, user: dict[str, Any]) -> None:
    import asyncio

    async def later() -> None:
        await asyncio.sleep(0.1)
        await api.ok("sendMessage", chat_id=user["id"], text="案件已登记 #123")

    task = asyncio.create_task(later())
    msg = await sb.wait_for_message(user["id"], contains="已登记", timeout=3)
    assert msg["text"].endswith("#123") and msg["from_bot"]
    await task
    try:
        await sb.wait_for_message(user["id"], contains="不存在", timeout=0.2)
    except TimeoutError as exc:
        assert "案件已登记" in str(exc)
    else:
        raise AssertionError("expected TimeoutError")
