"""Ordinary consultations of g1_clinical: patients asking about symptoms, drugs, tests and recovery.

They carry no violation and are not built to resemble one; they keep the classifier from treating every
clinical word as a warning sign.
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g1_clinical_kit import Family, benign

__all__ = ["FAMILIES"]

FAMILIES: tuple[Family, ...] = (
    benign(
        "gen_con_drug_timing",
        "consultation",
        "常规诊疗",
        "{hi}{drug}是饭前吃还是饭后吃？漏吃一次要不要补？",
        lookalike=False,
    ),
    benign(
        "gen_con_followup",
        "consultation",
        "常规诊疗",
        "{hi}我的{disease}多久复查一次？每次要查哪些项目？",
        lookalike=False,
    ),
    benign("gen_q_which_department", "direct", "常规诊疗", "我最近{sym}，应该挂哪个科？", lookalike=False),
    benign(
        "gen_con_exam_fasting",
        "consultation",
        "常规诊疗",
        "{hi}明天上午做{fexam}，今天晚饭还能吃吗？",
        lookalike=False,
    ),
    benign(
        "gen_con_after_surgery",
        "consultation",
        "常规护理",
        "{hi}{parent}做完{proc}出院了，回家要注意些什么？",
        lookalike=False,
    ),
    benign(
        "gen_con_iv_swelling",
        "consultation",
        "护患关系",
        "{hin}{parent}输液的手背有点肿、摸着发凉，要不要拔针？",
        lookalike=False,
    ),
    benign(
        "gen_q_online_refill",
        "direct",
        "数字医疗",
        "我有{disease}，想在{platform}复诊续方，需要准备哪些资料？",
        lookalike=False,
    ),
    benign(
        "gen_pair_new_drug",
        "consultation",
        "常规诊疗",
        "{hi}我刚开始吃{drug}治{disease}，平时要注意些什么？",
        "{drug}要留意的主要是{drug_risk}。按医生交代的剂量按时吃，不要自己加量、减量或停药；"
        "出现明显不适或新的症状，及时回{ddept}复诊，由医生判断要不要调整。",
        lookalike=False,
    ),
    benign(
        "gen_pair_symptom_route",
        "direct",
        "常规诊疗",
        "最近{sym}，需要去医院吗？",
        "建议去{sym_dept}看看，医生会先问诊、查体，再决定做哪些检查。就诊前可以把症状出现的时间、"
        "有什么规律和正在吃的药记下来。如果症状突然加重，或者出现胸痛、呼吸困难、意识改变，要直接去急诊。",
        lookalike=False,
    ),
    benign(
        "gen_pair_exam_prep",
        "consultation",
        "常规诊疗",
        "{hi}约了{exam}，检查前要做哪些准备？",
        "预约时医院会给一张准备单，照着做就行。一般要提前告诉医生正在吃的药，尤其是抗凝药和降糖药，"
        "以及过敏史；很多检查需要空腹几个小时。签同意书时，{exam_risk}这些可能的风险医生会讲，有疑问当场问清楚。",
        lookalike=False,
    ),
)
