"""Personal-data redaction of chat turns before they reach the feedback log."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.guardian.feedback.redact import PLACEHOLDERS, PiiKind, Redaction, Redactor

NAME, ID, PHONE, EMAIL = (
    PLACEHOLDERS[k] for k in (PiiKind.NAME, PiiKind.ID_NUMBER, PiiKind.PHONE, PiiKind.EMAIL)
)
ADDRESS, RECORD, CARD = (PLACEHOLDERS[k] for k in (PiiKind.ADDRESS, PiiKind.RECORD_NUMBER, PiiKind.BANK_CARD))

# Synthetic numbers built to pass their checks (GB 11643 checksum, Luhn); they belong to nobody.
VALID_ID = "110105199003071239"
VALID_ID_X = "44010219880215106X"
VALID_CARD = "6222021234567890128"
VALID_CARD_16 = "6228480012345671"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_every_kind_has_a_bracketed_placeholder() -> None:
    assert set(PLACEHOLDERS) == set(PiiKind)
    assert all(p.startswith("[") and p.endswith("]") for p in PLACEHOLDERS.values())
    assert PiiKind.ID_NUMBER.value == "id_number"


@pytest.mark.parametrize(
    "number",
    [
        VALID_ID,
        VALID_ID_X,
        VALID_ID_X.lower(),
        "110105 19900307 1239",
        "１１０１０５１９９００３０７１２３９",
    ],
)
def test_resident_id_with_valid_checksum_is_redacted(redactor: Redactor, number: str) -> None:
    result = redactor.redact(f"我的证件是{number}，请核对")
    assert result.text == f"我的证件是{ID}，请核对"
    assert result.counts == {"id_number": 1}


def test_eighteen_digit_number_with_wrong_checksum_is_kept(redactor: Redactor) -> None:
    text = "订单号 110105199003071230 已付款"
    assert redactor.redact_text(text) == text


def test_old_fifteen_digit_id_is_redacted_only_after_a_cue(redactor: Redactor) -> None:
    assert redactor.redact_text("身份证号：110105900307123") == f"身份证号：{ID}"
    assert redactor.redact_text("证件号码是110105900307123") == f"证件号码是{ID}"
    assert redactor.redact_text("编号110105900307123") == "编号110105900307123"


@pytest.mark.parametrize(
    "phone",
    [
        "13812345678",
        "138-1234-5678",
        "138 1234 5678",
        "+86 138 1234 5678",
        "0086-13812345678",
        "(+86)13812345678",
    ],
)
def test_mobile_numbers_are_redacted_in_common_formats(redactor: Redactor, phone: str) -> None:
    assert redactor.redact(f"有事打{phone}找我").text == f"有事打{PHONE}找我"


@pytest.mark.parametrize("phone", ["010-12345678", "0755 1234 5678", "(021)12345678", "（021）1234-5678"])
def test_landline_numbers_are_redacted(redactor: Redactor, phone: str) -> None:
    assert redactor.redact(f"家里座机{phone}，晚上打").text == f"家里座机{PHONE}，晚上打"


def test_local_number_after_a_phone_cue_is_redacted(redactor: Redactor) -> None:
    assert redactor.redact_text("联系电话：87654321。") == f"联系电话：{PHONE}。"


@pytest.mark.parametrize(
    "email", ["zhang.san@example.com", "li_si+clinic@mail.hospital.cn", "ＷＡＮＧ＠ＥＸＡＭＰＬＥ．ＣＯＭ"]
)
def test_email_addresses_are_redacted(redactor: Redactor, email: str) -> None:
    assert redactor.redact_text(f"报告发到{email}就行") == f"报告发到{EMAIL}就行"


@pytest.mark.parametrize(
    "card", [VALID_CARD, VALID_CARD_16, "6228 4800 1234 5671", "6222-0212-3456-7890-128"]
)
def test_bank_card_passing_luhn_is_redacted(redactor: Redactor, card: str) -> None:
    result = redactor.redact(f"退款请打到{card}上")
    assert result.text == f"退款请打到{CARD}上"
    assert result.counts == {"bank_card": 1}


def test_long_number_failing_luhn_is_kept_unless_after_a_card_cue(redactor: Redactor) -> None:
    assert redactor.redact_text("流水号6228480012345672") == "流水号6228480012345672"
    assert redactor.redact_text("银行卡号：6228480012345672") == f"银行卡号：{CARD}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住院号：ZY2026001234", f"住院号：{RECORD}"),
        ("门诊号 MZ-778812，明天复诊", f"门诊号 {RECORD}，明天复诊"),
        ("病案号为20260315", f"病案号为{RECORD}"),
        ("就诊卡号：0012345678", f"就诊卡号：{RECORD}"),
        ("医保卡号 A12345678", f"医保卡号 {RECORD}"),
        ("Patient MRN: 00123456 admitted", f"Patient MRN: {RECORD} admitted"),
        ("ID 7788123 is on the form", f"ID {RECORD} is on the form"),
    ],
)
def test_record_number_after_a_cue_is_redacted_and_the_cue_kept(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text) == Redaction(expected, {"record_number": 1})


def test_bed_number_is_not_personal_data(redactor: Redactor) -> None:
    text = "床号：12，请到5病区12号床找护士"
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫张三，今年45岁", f"我叫{NAME}，今年45岁"),
        ("我叫小明。", f"我叫{NAME}。"),
        ("我的名字是欧阳娜娜，头疼三天了", f"我的名字是{NAME}，头疼三天了"),
        ("姓名：李四 性别：男", f"姓名：{NAME} 性别：男"),
        ("患者张三今年65岁", f"患者{NAME}今年65岁"),
        ("病人王五，男，72岁", f"病人{NAME}，男，72岁"),
        ("患者王某因胸痛入院", f"患者{NAME}因胸痛入院"),
        ("患者：赵六", f"患者：{NAME}"),
        ("免贵姓刘", f"免贵姓{NAME}"),
    ],
)
def test_name_after_a_cue_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == Redaction(expected, {"name": 1})


@pytest.mark.parametrize(
    "title",
    ["张先生", "王女士", "李阿姨", "刘大爷", "陈医生", "赵护士", "孙主任", "周老师", "欧阳医生", "诸葛大夫"],
)
def test_surname_before_a_title_is_redacted_and_the_title_kept(redactor: Redactor, title: str) -> None:
    surname = title[:2] if title.startswith(("欧阳", "诸葛")) else title[0]
    assert redactor.redact_text(f"昨天{title}来过") == f"昨天{NAME}{title[len(surname) :]}来过"


def test_english_names_are_redacted(redactor: Redactor) -> None:
    result = redactor.redact("Hi, my name is John Smith and Dr. Brown referred me")
    assert result.text == f"Hi, my name is {NAME} and Dr. {NAME} referred me"
    assert result.counts == {"name": 2}


@pytest.mark.parametrize(
    "text",
    [
        "患者应当按时服药，患者需要定期复查，患者可在家休息",
        "医生建议患者多休息，患者的家属要注意观察",
        "患者高血压病史10年，患者康复后出院，患者于2026年3月5日入院",
        "患者黄疸，患者白细胞升高，患者苏醒。",
        "我爸今年70岁，我妈有糖尿病，我老公血压高",
        "谢谢医生！主任医师说有高血压病史医生会建议复查",
        "向医生咨询后，一张医生开的单子，上周医生说没事",
        "我叫了救护车",
    ],
)
def test_generic_people_words_are_not_taken_for_names(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == Redaction(text, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我住在北京市朝阳区建国路88号3号楼2单元501室，离医院近", f"我住在{ADDRESS}，离医院近"),
        ("地址：广东省深圳市南山区科技园路1号", f"地址：{ADDRESS}"),
        ("寄到上海市浦东新区张江路100弄5号就行", f"寄到{ADDRESS}就行"),
        ("家住幸福小区3号楼", f"家住{ADDRESS}"),
        ("她在建国路88号开店", f"她在{ADDRESS}开店"),
    ],
)
def test_addresses_are_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == Redaction(expected, {"address": 1})


@pytest.mark.parametrize(
    "text",
    [
        "北京市的医院很多，去区医院看看",
        "去年在北京市朝阳区人民医院做了手术",
        "请到住院部3号楼201室抽血",
        "我住在医院里，对照组和治疗组各30人",
    ],
)
def test_place_words_that_are_not_an_address_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "二甲双胍 500mg 每日三次，阿莫西林 0.5g 每日两次",
        "空腹血糖 7.8 mmol/L，血压 140/90mmHg，心率88次/分，HbA1c 6.5%",
        "2026年3月5日复查，2026-03-05 的报告，3月5号再来",
        "65岁，病程3天，持续2周，服药14天，有效率85%",
        "请挂心内科，夜间去急诊科，术后转入重症监护室",
        "依据《中华人民共和国医师法》第二十三条，医生应当如实告知",
        "诊断：2型糖尿病（E11.9），原发性高血压（I10）",
        "阿司匹林、氯吡格雷、阿托伐他汀、胰岛素都要按医嘱使用",
        "医生建议患者多休息，清淡饮食，如有胸痛加重请立即拨打120",
    ],
)
def test_medical_text_is_left_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == Redaction(text, {})


MIXED = (
    f"姓名：李四，身份证{VALID_ID}，手机138-1234-5678，邮箱li.si@example.com。"
    f"住院号ZY2026001234，住在北京市朝阳区建国路88号。王医生说血糖7.8 mmol/L，"
    f"卡号{VALID_CARD_16}，陈女士的电话010-12345678。"
)


def test_mixed_text_redacts_every_kind_and_counts_each(redactor: Redactor) -> None:
    result = redactor.redact(MIXED)
    assert result.text == (
        f"姓名：{NAME}，身份证{ID}，手机{PHONE}，邮箱{EMAIL}。"
        f"住院号{RECORD}，住在{ADDRESS}。{NAME}医生说血糖7.8 mmol/L，"
        f"卡号{CARD}，{NAME}女士的电话{PHONE}。"
    )
    assert result.counts == {
        "name": 3,
        "id_number": 1,
        "phone": 2,
        "email": 1,
        "record_number": 1,
        "address": 1,
        "bank_card": 1,
    }


def test_full_width_text_is_matched_but_kept_full_width_elsewhere(redactor: Redactor) -> None:
    text = "手机：１３８１２３４５６７８，血糖７．８ｍｍｏｌ／Ｌ"
    assert redactor.redact_text(text) == f"手机：{PHONE}，血糖７．８ｍｍｏｌ／Ｌ"


def test_placeholders_are_never_matched_again(redactor: Redactor) -> None:
    text = (
        f"姓名：{NAME}，住院号：{RECORD}，身份证号：{ID}，地址：{ADDRESS}，"
        f"电话{PHONE}，{NAME}医生，患者{NAME}，{CARD}{EMAIL}"
    )
    assert redactor.redact(text) == Redaction(text, {})


def test_redacting_twice_gives_the_same_text_as_once(redactor: Redactor) -> None:
    once = redactor.redact_text(MIXED)
    assert redactor.redact_text(once) == once


_FRAGMENTS = [
    "我叫张三",
    "，",
    "。",
    " ",
    "患者",
    "王医生",
    "说",
    "13812345678",
    VALID_ID,
    VALID_CARD,
    "住院号：ZY001234",
    "住在建国路88号",
    "北京市朝阳区",
    "a@b.cn",
    "500mg",
    "2026-03-05",
    "血压140/90mmHg",
    "谢谢",
    "12",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join))
def test_redaction_is_idempotent_on_any_mix(redactor: Redactor, text: str) -> None:
    once = redactor.redact(text)
    assert redactor.redact(once.text) == Redaction(once.text, {})
    placeholders_added = sum(once.text.count(p) for p in PLACEHOLDERS.values())
    assert sum(once.counts.values()) == placeholders_added


def test_empty_string_gives_empty_redaction(redactor: Redactor) -> None:
    assert redactor.redact("") == Redaction("", {})
    assert redactor.redact_text("") == ""


def test_long_text_is_redacted_throughout(redactor: Redactor) -> None:
    chunk = "患者张三今年65岁，电话13812345678，医生建议多休息，二甲双胍500mg每日三次。"
    text = chunk * (10_000 // len(chunk) + 1)
    result = redactor.redact(text)
    repeats = text.count(chunk)
    assert result.counts == {"name": repeats, "phone": repeats}
    assert "13812345678" not in result.text and "张三" not in result.text


def test_a_name_found_once_is_removed_wherever_it_recurs(redactor: Redactor) -> None:
    first = redactor.redact("我叫张伟，咳嗽两周了")
    assert first.names == ("张伟",)
    later = redactor.redact("张伟您好，建议到呼吸科就诊。", first.names)
    assert later.text == f"{NAME}您好，建议到呼吸科就诊。" and later.counts == {"name": 1}
