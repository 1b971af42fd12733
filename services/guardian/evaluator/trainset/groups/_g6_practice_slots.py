"""Slot pools of the g6_practice group: people, places, drugs, devices, numbers and dates.

Every value of a pool can stand in for every other one in any template that uses the pool, so a filled
narrative stays coherent while its concrete detail changes from item to item.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

__all__ = ["BUNDLES", "POOLS", "draw"]

Row = Mapping[str, str]


def _rows(keys: str, *lines: str) -> tuple[Row, ...]:
    names = keys.split("|")
    rows = []
    for line in lines:
        values = line.split("|")
        if len(values) != len(names):
            raise ValueError(f"row {line!r} has {len(values)} fields, expected {len(names)} ({keys})")
        rows.append(dict(zip(names, values, strict=True)))
    return tuple(rows)


# Values that must agree travel together: a department with a disease it treats and a procedure it does;
# an animal species with a plausible number of animals.
BUNDLES: tuple[tuple[Row, ...], ...] = (
    _rows(
        "dept|disease|proc",
        "心内科|冠心病|冠脉支架植入",
        "心内科|慢性心衰|心脏起搏器植入",
        "呼吸科|慢阻肺|支气管镜下活检",
        "普外科|胆囊结石|腹腔镜胆囊切除",
        "普外科|腹股沟疝|疝修补",
        "骨科|膝骨关节炎|膝关节置换",
        "骨科|腰椎间盘突出|腰椎融合手术",
        "神经内科|颈动脉狭窄|颈动脉支架植入",
        "甲乳外科|甲状腺结节|甲状腺切除",
        "消化内科|结肠息肉|肠镜下息肉切除",
        "眼科|白内障|白内障手术",
        "肾内科|慢性肾病|动静脉内瘘手术",
    ),
    _rows(
        "aseptic|consumable",
        "留置导尿|一次性导尿包",
        "PICC维护换药|一次性中心静脉换药包",
        "深静脉置管|一次性中心静脉置管包",
        "腰椎穿刺|一次性腰穿包",
        "胸腔穿刺|一次性胸穿包",
        "伤口换药|一次性无菌换药包",
        "气管切开吸痰|一次性吸痰管",
    ),
    _rows(
        "species|nanimal",
        "大鼠|120只",
        "小鼠|200只",
        "SD大鼠|90只",
        "新西兰兔|36只",
        "比格犬|12条",
        "豚鼠|48只",
    ),
)

POOLS: Mapping[str, tuple[str, ...]] = {
    # people and places
    "hosp": (
        "市人民医院",
        "一家三甲医院",
        "县医院",
        "区中心医院",
        "一家民营医院",
        "大学附属医院",
        "市中医院",
    ),
    "pt": (
        "王女士",
        "李先生",
        "张先生",
        "刘女士",
        "陈女士",
        "赵先生",
        "孙女士",
        "周先生",
        "吴先生",
        "郑女士",
    ),
    "bed": ("3床", "6床", "12床", "17床", "21床", "28床", "35床", "41床"),
    "age": ("58", "63", "67", "72", "76", "81", "85", "88"),
    "nurse": ("护士小林", "护士小王", "规培护士小周", "责任护士小陈", "护士小何", "护士小杜"),
    "doc": ("住院医生小赵", "主治医生李医生", "张主任", "值班医生王医生", "刘副主任", "进修医生小孙"),
    "rel": ("儿子", "女儿", "老伴", "姐姐", "哥哥", "侄女"),
    "woman": ("王女士", "刘女士", "陈女士", "孙女士", "郑女士", "林女士", "何女士"),
    "when": ("上个月", "今年春天", "去年年底", "前一阵子", "年初", "去年夏天"),
    "time": ("凌晨两点", "夜班交接前", "周六上午", "早上七点半", "下午四点多", "晚上十点", "中午午休时"),
    "month": ("3月", "4月", "6月", "8月", "9月", "11月"),
    "day": ("周一", "周三", "周五", "上周日", "前天", "昨天"),
    # nursing
    "expired": ("两个月", "半个月", "三周", "四十多天", "一个多月"),
    "ppe": ("N95口罩", "防护面屏", "隔离衣", "护目镜", "医用防护服"),
    "infect": ("开放性肺结核", "诺如病毒感染", "MRSA感染", "水痘", "流感重症"),
    "highalert": ("10%氯化钾", "胰岛素", "肝素", "去甲肾上腺素", "硫酸镁"),
    "fallrisk": ("刚做完髋关节置换", "在用镇静药", "夜里起夜频繁", "有帕金森病", "血压偏低常头晕"),
    "restraint": ("四肢约束带", "约束手套", "胸部约束带", "床栏加约束背心"),
    # routine diagnosis and treatment
    "trialdrug": (
        "一种还在二期临床的靶向药",
        "尚未在国内上市的进口药",
        "院内自配的试验制剂",
        "仅限临床试验使用的新药",
    ),
    "test": ("胸部增强CT", "全套肿瘤标志物", "头颅核磁", "PET-CT", "冠脉CTA", "全基因组检测"),
    "money": ("八百元", "一千二", "两千多", "三千五", "四百多", "一千六"),
    "envelope": ("两千元", "五千元", "一万元", "三千元", "八千元"),
    # emergency and critical care
    "ec": ("胸痛大汗", "突发偏瘫说话不清", "车祸多发伤", "呕血后晕倒", "高热抽搐", "腹痛伴休克"),
    "deposit": ("三千", "五千", "一万", "两万", "八千"),
    "vital": ("血压80/50", "血氧86%", "心率140", "血压75/40", "意识模糊"),
    # digital medicine
    "vendor": (
        "影像云服务商",
        "合作的AI公司",
        "互联网医院的外包技术方",
        "HIS系统供应商",
        "远程会诊平台运营方",
    ),
    "data": ("CT影像", "病理切片图像", "门诊病历", "眼底照片", "心电图数据", "住院病案首页"),
    "nrec": ("三万份", "十二万例", "八千例", "五十万条", "两万多份", "六千例"),
    "app": ("一款问诊App", "某互联网医院平台", "一个健康管理小程序", "线上复诊平台"),
    # public health
    "vaccine": ("九价HPV疫苗", "流感疫苗", "带状疱疹疫苗", "13价肺炎疫苗", "狂犬病疫苗"),
    "scarcevax": ("九价HPV疫苗", "带状疱疹疫苗", "13价肺炎疫苗", "四价流感疫苗"),
    "reportable": (
        "手足口病聚集病例",
        "疑似麻疹病例",
        "不明原因肺炎病例",
        "疑似霍乱病例",
        "人感染禽流感疑似病例",
    ),
    "delay": ("三天", "五天", "一周", "四天", "十天"),
    # human trials
    "phase": ("I期", "II期", "III期", "IV期"),
    "ipd": ("一种PD-1抑制剂", "一种新型降糖药", "一种口服抗凝新药", "一款创新降压药", "一种抗抑郁新药"),
    "pay": ("三千元", "五千元", "一万二", "八千元", "两万元"),
    "sae": ("肝功能三倍升高", "严重皮疹", "心律失常住院", "中性粒细胞减少", "一次晕厥"),
    "vuln": ("在押人员", "养老院里的失智老人", "福利院的孩子", "学校的研究生", "本院的护士"),
    # animal experiments
    "surgery": ("开颅埋电极", "颈动脉结扎", "开腹造模", "脊髓损伤造模", "心梗结扎造模"),
    "anes": ("异氟烷吸入麻醉", "戊巴比妥钠腹腔麻醉", "舒泰联合麻醉"),
    "analg": ("丁丙诺啡", "美洛昔康", "卡洛芬"),
    "nrodent": ("60只", "120只", "90只", "200只", "48只"),
    "rodent": ("大鼠", "小鼠", "SD大鼠", "C57小鼠", "裸鼠"),
    # organ transplantation
    "organ": ("肝脏", "肾脏", "心脏", "双肺"),
    "opo": ("省里的器官获取组织", "本院OPO", "协调员小刘", "OPO协调员"),
    # gene and stem-cell therapy
    "cell": ("间充质干细胞", "CAR-T细胞", "脐带血干细胞", "NK细胞", "自体脂肪干细胞"),
    "celldis": ("膝骨关节炎", "脑瘫", "糖尿病足", "肝硬化", "卵巢早衰", "脊髓损伤"),
    "cellfee": ("六万", "十二万", "二十八万", "九万八", "十五万"),
    # palliative care
    "cancer": ("胰腺癌晚期", "肺癌骨转移", "肝癌晚期", "胃癌腹膜转移", "结肠癌肝转移"),
    "opioid": ("吗啡缓释片", "羟考酮缓释片", "芬太尼透皮贴", "吗啡皮下注射"),
    "nrs": ("7分", "8分", "9分", "6分"),
    # special-disease nursing
    "psych": ("精神分裂症", "双相障碍躁狂发作", "酒精戒断", "重度抑郁"),
    "dementia": ("阿尔茨海默病中期", "血管性痴呆", "重度认知障碍", "路易体痴呆"),
    # assisted reproduction
    "art": ("第一次试管周期", "第二次移植", "冻胚移植周期", "供精人工授精周期"),
    "embryos": ("三枚", "四枚"),
    "maleage": ("二十九", "三十三", "三十六", "四十一", "三十八"),
}


def draw(rng: random.Random) -> dict[str, str]:
    """One value from every pool and one row from every bundle."""
    slots = {name: rng.choice(values) for name, values in POOLS.items()}
    for bundle in BUNDLES:
        slots.update(rng.choice(bundle))
    return slots
