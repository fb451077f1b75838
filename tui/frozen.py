"""Frozen records: what `@dataclass(frozen=True)` gives, for the classes `scan` loads.

`dataclasses` imports `inspect` (with `ast`, `dis` and `tokenize`) and compiles each class's
methods with `exec` when the class is built: about 8 ms, then about 0.6 ms a class, which on a
real-sized home was a fifth of a whole `scan` (README, "Performance"). A `Frozen` is declared
as a frozen dataclass is (annotated fields, defaults, `field(...)`, `__post_init__`) and
behaves as one where this project relies on it: keyword or positional construction with the
same errors for a missing or unknown argument, equality and hashing over the compared fields
and only between instances of the same class, `repr`, no assignment after
construction, and `replace`. Its methods are shared by every class instead of generated.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, TypeVar

    from typing_extensions import dataclass_transform

    R = TypeVar("R")
else:

    def dataclass_transform(**_: object) -> Callable[[type], type]:
        return lambda cls: cls


class FrozenRecordError(AttributeError):
    """An assignment to a record after construction (dataclasses' FrozenInstanceError)."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Field:
    """How one field is built, shown and compared (dataclasses.field's options in use here)."""

    __slots__ = ("compare", "default", "init", "repr")

    def __init__(self, default: object, init: bool, repr: bool, compare: bool) -> None:
        self.default = default
        self.init = init
        self.repr = repr
        self.compare = compare


def field(
    *, default: Any = MISSING, init: bool = True, repr: bool = True, compare: bool = True
) -> Any:
    return Field(default, init, repr, compare)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Frozen:
    """Subclass it as a frozen dataclass is declared; see the module's docstring."""

    __slots__ = ()
    # Filled in for each subclass by __init_subclass__.
    __record_fields__: ClassVar[dict[str, Field]] = {}
    _init_names: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.__record_fields__)
        # This class's own annotations (inspect.get_annotations would import inspect, which
        # is what this module spares).
        own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        for name, annotation in own.items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            declared = cls.__dict__.get(name, MISSING)
            spec = declared if isinstance(declared, Field) else Field(declared, True, True, True)
            if isinstance(spec.default, list | dict | set):
                raise ValueError(f"mutable default {type(spec.default)} for field {name}")
            if isinstance(declared, Field):
                # The class attribute is the default, as with dataclasses (or nothing).
                if spec.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, spec.default)
            fields[name] = spec
        init = [name for name, spec in fields.items() if spec.init]
        defaulted = False
        for name in init:
            if fields[name].default is not MISSING:
                defaulted = True
            elif defaulted:
                raise TypeError(f"non-default argument {name!r} follows default argument")
        cls.__record_fields__ = fields
        cls._init_names = tuple(init)
        cls._compared = tuple(name for name, spec in fields.items() if spec.compare)
        cls._shown = tuple(name for name, spec in fields.items() if spec.repr)

    def __init__(self, *args: object, **kwargs: object) -> None:
        names = self._init_names
        kind = type(self).__qualname__
        if len(args) > len(names):
            raise TypeError(
                f"{kind}.__init__() takes {len(names) + 1} positional arguments but "
                f"{len(args) + 1} were given"
            )
        values = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in self.__record_fields__ or name not in names:
                raise TypeError(f"{kind}.__init__() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{kind}.__init__() got multiple values for argument {name!r}")
            values[name] = value
        for name, spec in self.__record_fields__.items():
            if name not in values:
                if spec.default is MISSING and spec.init:
                    raise TypeError(
                        f"{kind}.__init__() missing 1 required positional argument: {name!r}"
                    )
                if spec.default is not MISSING:
                    values[name] = spec.default
        # Straight into the instance's dict: __setattr__ refuses every assignment.
        self.__dict__.update(values)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def _compared_values(self) -> tuple[object, ...]:
        mine = self.__dict__
        return tuple(mine[name] for name in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__ and isinstance(other, Frozen):
            return self._compared_values() == other._compared_values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared_values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"


def replace(record: R, /, **changes: object) -> R:
    """A copy of `record` with `changes`, as dataclasses.replace: fields not built by __init__
    cannot be changed, and are built again by __post_init__. A dataclass (the app's own, or
    textual's) is handed to dataclasses.replace, so one `replace` serves both kinds."""
    if not isinstance(record, Frozen):
        import dataclasses

        # mypy cannot say "a Frozen or a dataclass" of one type variable.
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    for name, spec in record.__record_fields__.items():
        if not spec.init:
            if name in changes:
                raise ValueError(f"field {name} is declared with init=False, it cannot be replaced")
        elif name not in changes:
            changes[name] = record.__dict__[name]
    return type(record)(**changes)


def has_default(cls: type[Frozen], name: str) -> bool:
    """Whether the field `name` of `cls` may be left out when building one."""
    return cls.__record_fields__[name].default is not MISSING
