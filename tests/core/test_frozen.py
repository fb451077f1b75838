"""tui/frozen.py: the scan path's records behave as the frozen dataclasses they replace."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest

from tui.frozen import Frozen, FrozenRecordError, field, has_default, replace
from tui.model import Family, StoreRef


class Point(Frozen):
    x: int
    y: int = 0
    secret: str | None = field(default=None, repr=False, compare=False)
    double: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.__dict__["double"] = 2 * self.x

    @cached_property
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


class OtherPoint(Frozen):
    x: int
    y: int = 0


def test_it_is_built_from_positions_keywords_and_defaults() -> None:
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2)
    assert Point(1).y == 0
    assert Point(3).double == 6
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'double'"):
        Point(1, double=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional arguments"):
        Point(1, 2, "s", 4)  # type: ignore[call-arg]


def test_no_field_can_be_assigned_or_deleted_after_construction() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.x
    assert point.x == 1
    # A cached property is still computed once and kept, as on a frozen dataclass.
    assert point.norm == 1 and "norm" in point.__dict__


def test_equality_and_hash_use_the_compared_fields_of_the_same_class_only() -> None:
    assert Point(1, 2, secret="a") == Point(1, 2, secret="b")
    assert hash(Point(1, 2, secret="a")) == hash(Point(1, 2, secret="b"))
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != OtherPoint(1, 2)
    assert Point(1, 2) != (1, 2)
    assert len({Point(1, 2), Point(1, 2), Point(2, 2)}) == 2


def test_repr_leaves_out_what_is_declared_hidden() -> None:
    shown = repr(Point(1, 2, secret="hunter2"))
    assert shown == "Point(x=1, y=2)"
    assert "hunter2" not in shown


def test_replace_builds_a_new_record_and_runs_post_init_again() -> None:
    point = Point(1, 2, secret="s")
    moved = replace(point, x=5)
    assert (moved.x, moved.y, moved.secret, moved.double) == (5, 2, "s", 10)
    assert point.x == 1
    with pytest.raises(ValueError, match="init=False"):
        replace(point, double=3)


def test_replace_hands_a_dataclass_to_dataclasses() -> None:
    @dataclass(frozen=True)
    class Plain:
        a: int
        b: int = 0

    assert replace(Plain(1, 2), b=3) == Plain(1, 3)


def test_a_field_without_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        class Wrong(Frozen):
            a: int = 0
            b: int  # type: ignore[misc]


def test_a_mutable_default_is_refused() -> None:
    with pytest.raises(ValueError, match="mutable default"):

        class Shared(Frozen):
            items: list[int] = []  # noqa: RUF012


def test_the_models_keep_their_defaults() -> None:
    ref = StoreRef("Firefox", "default", Family.FIREFOX, Path("/p"))
    assert ref.lock_dir is None and ref.key_file is None
    assert has_default(StoreRef, "lock_dir") and not has_default(StoreRef, "path")
