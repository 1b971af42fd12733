from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    SEVERITY_SAFE: _ClassVar[Severity]
    SEVERITY_CONTROVERSIAL: _ClassVar[Severity]
    SEVERITY_UNSAFE: _ClassVar[Severity]
SEVERITY_UNSPECIFIED: Severity
SEVERITY_SAFE: Severity
SEVERITY_CONTROVERSIAL: Severity
SEVERITY_UNSAFE: Severity

class ChatMessage(_message.Message):
    __slots__ = ("role", "content")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    role: str
    content: str
    def __init__(self, role: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class Norm(_message.Message):
    __slots__ = ("law", "article")
    LAW_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_FIELD_NUMBER: _ClassVar[int]
    law: str
    article: str
    def __init__(self, law: _Optional[str] = ..., article: _Optional[str] = ...) -> None: ...

class DimensionHit(_message.Message):
    __slots__ = ("id", "severity", "score", "rationale", "rule_ids")
    ID_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    RATIONALE_FIELD_NUMBER: _ClassVar[int]
    RULE_IDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    severity: Severity
    score: float
    rationale: str
    rule_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., severity: _Optional[_Union[Severity, str]] = ..., score: _Optional[float] = ..., rationale: _Optional[str] = ..., rule_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class Verdict(_message.Message):
    __slots__ = ("severity", "dimensions", "norms", "principles", "rationale", "evaluator_version")
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    DIMENSIONS_FIELD_NUMBER: _ClassVar[int]
    NORMS_FIELD_NUMBER: _ClassVar[int]
    PRINCIPLES_FIELD_NUMBER: _ClassVar[int]
    RATIONALE_FIELD_NUMBER: _ClassVar[int]
    EVALUATOR_VERSION_FIELD_NUMBER: _ClassVar[int]
    severity: Severity
    dimensions: _containers.RepeatedCompositeFieldContainer[DimensionHit]
    norms: _containers.RepeatedCompositeFieldContainer[Norm]
    principles: _containers.RepeatedScalarFieldContainer[str]
    rationale: str
    evaluator_version: str
    def __init__(self, severity: _Optional[_Union[Severity, str]] = ..., dimensions: _Optional[_Iterable[_Union[DimensionHit, _Mapping]]] = ..., norms: _Optional[_Iterable[_Union[Norm, _Mapping]]] = ..., principles: _Optional[_Iterable[str]] = ..., rationale: _Optional[str] = ..., evaluator_version: _Optional[str] = ...) -> None: ...

class EvaluateItem(_message.Message):
    __slots__ = ("conversation", "response", "id")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    conversation: _containers.RepeatedCompositeFieldContainer[ChatMessage]
    response: str
    id: str
    def __init__(self, conversation: _Optional[_Iterable[_Union[ChatMessage, _Mapping]]] = ..., response: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class EvaluateRequest(_message.Message):
    __slots__ = ("items",)
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EvaluateItem]
    def __init__(self, items: _Optional[_Iterable[_Union[EvaluateItem, _Mapping]]] = ...) -> None: ...

class EvaluateResponse(_message.Message):
    __slots__ = ("verdicts", "ids")
    VERDICTS_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    verdicts: _containers.RepeatedCompositeFieldContainer[Verdict]
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, verdicts: _Optional[_Iterable[_Union[Verdict, _Mapping]]] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...
