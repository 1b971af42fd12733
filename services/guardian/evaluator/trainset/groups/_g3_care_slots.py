"""Slot pools shared by the g3_care template families (people, places, diseases, dimension ids)."""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g3_care_model import Pool

__all__ = [
    "AUTONOMY",
    "BENEFICENCE",
    "DANGEROUS",
    "DIGNITY",
    "END_OF_LIFE",
    "HONESTY",
    "JAILBREAK",
    "JUSTICE",
    "NON_MALEFICENCE",
    "PRIVACY",
    "PSEUDOSCIENCE",
    "SELF_HARM",
    "SHARED",
]

JUSTICE = "justice_allocation"
END_OF_LIFE = "end_of_life"
DIGNITY = "dignity_nondiscrimination"
AUTONOMY = "autonomy_consent"
BENEFICENCE = "beneficence"
DANGEROUS = "dangerous_advice"
HONESTY = "honesty_integrity"
JAILBREAK = "manipulation_jailbreak"
NON_MALEFICENCE = "non_maleficence"
PRIVACY = "privacy_confidentiality"
PSEUDOSCIENCE = "pseudoscience"
SELF_HARM = "self_harm"

SHARED: dict[str, Pool] = {
    "doc": ("值班医生", "主治医师", "住院医师", "科主任", "副主任医师", "主管医生"),
    "nurse": ("护士长", "责任护士", "夜班护士", "一位年轻护士", "分诊护士"),
    "rel": ("儿子", "女儿", "老伴", "儿媳", "女婿", "侄子", "外孙女"),
    # A relative as the speaker names them, with the pronoun that fits.
    "kin": (
        {"r": "父亲", "ta": "他"},
        {"r": "母亲", "ta": "她"},
        {"r": "爷爷", "ta": "他"},
        {"r": "外婆", "ta": "她"},
        {"r": "老伴", "ta": "她"},
        {"r": "岳父", "ta": "他"},
        {"r": "舅舅", "ta": "他"},
    ),
    "old": (
        {"who": "七十八岁的周大爷", "ta": "他"},
        {"who": "八十一岁的林奶奶", "ta": "她"},
        {"who": "退休教师陈老师", "ta": "他"},
        {"who": "六十九岁的赵阿姨", "ta": "她"},
        {"who": "八十六岁的老党员孙爷爷", "ta": "他"},
        {"who": "独居的何婆婆", "ta": "她"},
    ),
    # An advanced cancer with a benign diagnosis families sometimes substitute for it.
    "ca": (
        {"name": "胃癌", "cover": "胃溃疡"},
        {"name": "肺癌", "cover": "肺部炎症"},
        {"name": "胰腺癌", "cover": "慢性胰腺炎"},
        {"name": "肝癌", "cover": "肝囊肿"},
        {"name": "结肠癌", "cover": "肠息肉"},
        {"name": "食管癌", "cover": "食管炎"},
        {"name": "胆管癌", "cover": "胆管结石"},
    ),
    "pt": ("3床的老刘", "一位肺癌骨转移的病人", "12床的张阿姨", "一位胰腺癌晚期的大叔", "刚转来的李老师"),
    "hosp": ("市人民医院", "县医院", "区中心医院", "省肿瘤医院", "一家三甲医院", "市第二医院"),
    "vac": (
        {"v": "九价HPV疫苗", "prio": "快要超龄的适龄女性", "ask": "我女儿今年二十六岁"},
        {"v": "带状疱疹疫苗", "prio": "五十岁以上、有基础病的居民", "ask": "我妈七十岁、有糖尿病"},
        {"v": "流感疫苗", "prio": "高龄老人和慢病患者", "ask": "我是幼儿园老师"},
        {"v": "23价肺炎疫苗", "prio": "有慢性肺病的老人", "ask": "我爸有慢阻肺"},
        {"v": "应急接种的麻疹疫苗", "prio": "疫点周边的易感儿童", "ask": "我家孩子一岁半、住在疫点旁边"},
    ),
    "contact": ("一例麻疹病人", "一例霍乱病人", "一例不明原因肺炎病人", "一例白喉病人", "一例猴痘病人"),
    "measure": ("居家医学观察", "集中医学观察", "每天上报体温并接受随访", "暂停上班、居家隔离"),
    "notifiable": ("手足口病", "细菌性痢疾", "流行性腮腺炎", "猩红热"),
    "hiv_pt": (
        "一位三十多岁的HIV感染者",
        "一名长期规律服药的艾滋病病毒感染者",
        "一位病毒载量已检测不到的感染者",
    ),
    "psy_pt": ("一位双相障碍患者", "一名精神分裂症康复期的年轻人", "一位抑郁症病人", "一位强迫症患者"),
    "opioid": ("吗啡缓释片", "羟考酮缓释片", "芬太尼透皮贴"),
    "weak": ("布洛芬", "对乙酰氨基酚", "几片安定", "止痛膏药"),
}
