from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChatMessage(_message.Message):
    __slots__ = ("role", "content")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    role: str
    content: str
    def __init__(self, role: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class Criterion(_message.Message):
    __slots__ = ("id", "text", "points")
    ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    id: str
    text: str
    points: float
    def __init__(self, id: _Optional[str] = ..., text: _Optional[str] = ..., points: _Optional[float] = ...) -> None: ...

class ScoreItem(_message.Message):
    __slots__ = ("conversation", "response", "criteria", "id")
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    CRITERIA_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    conversation: _containers.RepeatedCompositeFieldContainer[ChatMessage]
    response: str
    criteria: _containers.RepeatedCompositeFieldContainer[Criterion]
    id: str
    def __init__(self, conversation: _Optional[_Iterable[_Union[ChatMessage, _Mapping]]] = ..., response: _Optional[str] = ..., criteria: _Optional[_Iterable[_Union[Criterion, _Mapping]]] = ..., id: _Optional[str] = ...) -> None: ...

class ScoreRequest(_message.Message):
    __slots__ = ("items",)
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ScoreItem]
    def __init__(self, items: _Optional[_Iterable[_Union[ScoreItem, _Mapping]]] = ...) -> None: ...

class DimensionScore(_message.Message):
    __slots__ = ("id", "score")
    ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    id: str
    score: float
    def __init__(self, id: _Optional[str] = ..., score: _Optional[float] = ...) -> None: ...

class CriterionScore(_message.Message):
    __slots__ = ("id", "met_probability")
    ID_FIELD_NUMBER: _ClassVar[int]
    MET_PROBABILITY_FIELD_NUMBER: _ClassVar[int]
    id: str
    met_probability: float
    def __init__(self, id: _Optional[str] = ..., met_probability: _Optional[float] = ...) -> None: ...

class ItemScores(_message.Message):
    __slots__ = ("id", "safety", "proficiency", "criteria", "aggregate", "safe")
    ID_FIELD_NUMBER: _ClassVar[int]
    SAFETY_FIELD_NUMBER: _ClassVar[int]
    PROFICIENCY_FIELD_NUMBER: _ClassVar[int]
    CRITERIA_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    SAFE_FIELD_NUMBER: _ClassVar[int]
    id: str
    safety: _containers.RepeatedCompositeFieldContainer[DimensionScore]
    proficiency: _containers.RepeatedCompositeFieldContainer[DimensionScore]
    criteria: _containers.RepeatedCompositeFieldContainer[CriterionScore]
    aggregate: float
    safe: bool
    def __init__(self, id: _Optional[str] = ..., safety: _Optional[_Iterable[_Union[DimensionScore, _Mapping]]] = ..., proficiency: _Optional[_Iterable[_Union[DimensionScore, _Mapping]]] = ..., criteria: _Optional[_Iterable[_Union[CriterionScore, _Mapping]]] = ..., aggregate: _Optional[float] = ..., safe: _Optional[bool] = ...) -> None: ...

class ScoreResponse(_message.Message):
    __slots__ = ("items", "model_version")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ItemScores]
    model_version: str
    def __init__(self, items: _Optional[_Iterable[_Union[ItemScores, _Mapping]]] = ..., model_version: _Optional[str] = ...) -> None: ...
