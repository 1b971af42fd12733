"""Stop strings over streamed deltas."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.policy.stopping import StopStringFilter, apply_stop_strings


def test_text_before_a_stop_string_is_released_and_the_rest_dropped() -> None:
    f = StopStringFilter(["\n用户："])
    out = f.feed("你好。\n用") + f.feed("户：再见")
    assert out == "你好。"
    assert f.stopped
    assert f.feed("more") == "" and f.flush() == ""


def test_a_partial_stop_string_is_held_back_until_decided() -> None:
    f = StopStringFilter(["END"])
    assert f.feed("abcE") == "abc"
    assert f.feed("x") == "Ex"
    assert f.flush() == ""


def test_held_back_text_is_flushed_at_end_of_stream() -> None:
    f = StopStringFilter(["END"])
    assert f.feed("abcEN") == "abc"
    assert f.flush() == "EN"


@given(st.lists(st.text(max_size=5), max_size=12), st.sampled_from(["。", "END", "\n\n"]))
def test_streamed_filtering_equals_filtering_the_whole_text(pieces: list[str], stop: str) -> None:
    f = StopStringFilter([stop])
    streamed = "".join(f.feed(p) for p in pieces)
    streamed += f.flush()
    whole, _ = apply_stop_strings("".join(pieces), [stop])
    assert streamed == whole
