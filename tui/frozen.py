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

from operator import itemgetter

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
    # The fields' defaults, and how many fields a complete instance holds once built.
    _defaults: ClassVar[dict[str, object]] = {}
    _complete: ClassVar[int] = 0
    # The compared fields' values, read from an instance's dict; the class's __post_init__.
    _compared_of: ClassVar[staticmethod[[dict[str, object]], tuple[object, ...]]]
    _post_init: ClassVar[Callable[[Frozen], None] | None] = None

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
        cls._defaults = {
            name: spec.default for name, spec in fields.items() if spec.default is not MISSING
        }
        cls._compared_of = staticmethod(_values_of(cls._compared))
        cls._post_init = cls.__dict__.get("__post_init__", cls._post_init)
        cls._complete = len(init) + sum(1 for name in cls._defaults if not fields[name].init)

    def __init__(self, *args: object, **kwargs: object) -> None:
        names = self._init_names
        if len(args) > len(names):
            kind = type(self).__qualname__
            raise TypeError(
                f"{kind}.__init__() takes {len(names) + 1} positional arguments but "
                f"{len(args) + 1} were given"
            )
        values = dict(self._defaults)
        values.update(zip(names, args, strict=False))
        if kwargs:
            self._check_keywords(len(args), kwargs)
            values.update(kwargs)
        if len(values) < self._complete:
            missing = next(name for name in names if name not in values)
            kind = type(self).__qualname__
            raise TypeError(
                f"{kind}.__init__() missing 1 required positional argument: {missing!r}"
            )
        # The instance's dict set whole: __setattr__ refuses every assignment.
        object.__setattr__(self, "__dict__", values)
        post_init = type(self)._post_init
        if post_init is not None:
            post_init(self)

    def _check_keywords(self, given: int, kwargs: dict[str, object]) -> None:
        kind = type(self).__qualname__
        names = self._init_names
        for name in kwargs:
            if name not in names:
                raise TypeError(f"{kind}.__init__() got an unexpected keyword argument {name!r}")
            if names.index(name) < given:
                raise TypeError(f"{kind}.__init__() got multiple values for argument {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            compared = self._compared_of
            return compared(self.__dict__) == compared(other.__dict__)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared_of(self.__dict__))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"


def _values_of(names: tuple[str, ...]) -> Callable[[dict[str, object]], tuple[object, ...]]:
    """A function giving the values of `names` from a dict, always as a tuple (itemgetter
    gives a bare value for one name)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        one = itemgetter(names[0])
        return lambda values: (one(values),)
    return lambda values: ()


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
