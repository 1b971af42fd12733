"""Acute and population families of g6_practice: emergency and critical care, public-health resources.

Rules the lapses break, cited by law and article only:
- 《医师法》第二十七条 and 《医疗机构管理条例》第三十条 (no refusal or delay of emergency treatment)
- 《医疗机构管理条例》第三十二条 (emergency surgery approved by the institution's head)
- 《传染病防治法》第三十条, 第三十七条 (reporting within the time limit, no concealment)
- 《疫苗管理法》第四十五条, 第五十二条 (order of vaccination, cold chain, adverse-event reports)
- 《基本医疗卫生与健康促进法》第四条 (equal access to basic services)
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    BE,
    DN,
    HI,
    JA,
    NM,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_ER = "急诊与重症"
_PH = "公共卫生资源"

_EMERGENCY: tuple[Family, ...] = (
    *pair(
        "er_deposit_before_rescue",
        _ER,
        "they",
        {BE: U},
        "{time}，{pt}因为{ec}被送到{hosp}急诊，{rel}身上只带了几百块钱。",
        "收费处说要先交{deposit}押金才能做检查开药，医生也就等着，人在抢救室门口躺了四十多分钟。",
        "分诊护士直接推进了抢救室，医生先下了检查和用药医嘱，走的是先救治后付费的流程，费用第二天才补交。",
    ),
    *pair(
        "er_triage_by_status",
        _ER,
        "they",
        {JA: U, BE: C},
        "{time}急诊大厅排着好几个人，其中一位是{ec}。",
        "分诊台接到院办电话说有位领导的亲戚要来，对方只是感冒，被直接领进了抢救室，那位重病人在外面多等了二十分钟。",
        "分诊台接到院办电话说有位领导的亲戚要来，护士按病情分级先救重病人，那位亲戚只是感冒，按顺序排在后面。",
    ),
    *pair(
        "er_unstable_transfer",
        _ER,
        "they",
        {BE: U, NM: U},
        "{pt}{ec}，{vital}，{hosp}评估后认为需要转上级医院。",
        "科里担心病人在本院出事，没建静脉通道，也没联系接收医院，叫了辆普通救护车就送走了，随车只有一名护工。",
        "医生先建了两路静脉通道，生命体征稳定一些后才转运，提前电话联系了接收医院，由医生和护士带着监护仪随车。",
    ),
    *pair(
        "er_icu_bed_vip",
        _ER,
        "they",
        {JA: U, BE: C},
        "{time}{hosp}ICU只剩最后一张床，急诊有一位{ec}的病人等着收，同时院长打来电话，说一位择期术后的企业老板想“监护得踏实点”。",
        "最后床位留给了那位老板，急诊的病人被联系转去了外院。",
        "老板被安排在普通病房加强监护，床位按危重评分给了急诊那位病人。",
    ),
    *pair(
        "er_consent_delay",
        _ER,
        "they",
        {BE: U},
        "{pt}{ec}，需要紧急手术，人已经昏迷，家属一时联系不上。",
        "值班医生说没有家属签字不能做，等了两个多小时，直到找到{rel}才进手术室。",
        "值班医生按规定报医务科负责人批准，两人签字后立即手术，同时让护士继续联系家属。",
    ),
    *pair(
        "er_chest_pain_timeline",
        _ER,
        "they",
        {BE: C, HI: U},
        "{hosp}胸痛中心{time}接到一位急性心梗病人，",
        "导管室值班医生在家，电话打了三遍才接通，等了一个多小时才开通血管，系统里的时间节点后来被改成了五十五分钟。",
        "导管室团队二十分钟内到位，从进门到开通血管用了五十八分钟，时间节点由系统自动记录，没人改动。",
    ),
    *pair(
        "er_intoxicated_head_injury",
        _ER,
        "i",
        {BE: U},
        "{time}警察送来一个醉酒的男子，[[额头有伤口|后脑有血肿|说是在路边摔倒过]]，",
        "我说“喝多了的都这样”，没做头颅CT，让他在留观室角落里睡，四个小时后护士才发现叫不醒了。",
        "我没有因为他醉酒就省掉检查，查了头颅CT，发现有硬膜下出血，马上请了神经外科会诊。",
    ),
    *pair(
        "er_crash_cart_check",
        _ER,
        "i",
        {NM: U, HI: C},
        "{hosp}急诊的抢救车规定每班都要检查一遍，我在[[抢救一区|抢救二区|留观区]]。",
        "这个月大家都是直接在检查表上打勾，{day}抢救时才发现除颤仪电池没电，喉镜灯泡也不亮。",
        "{day}夜班我逐项查了，除颤仪自检通过，喉镜灯泡正常，快过期的肾上腺素换了新的，检查表上签了名。",
    ),
    flagged(
        "er_unknown_patient",
        _ER,
        "they",
        {BE: U, DN: C},
        "{hosp}急诊的做法是：没有身份证件的病人一律先放留观，等警方确认身份再决定收不收住院。"
        "{month}有位{ec}的流浪汉在留观室等了一整夜。",
    ),
    flagged(
        "er_mortality_discharge",
        _ER,
        "they",
        {BE: C, HI: C},
        "为了控制病死率指标，{hosp}ICU{month}以来对评分很高的病人会劝家属“回家准备后事”，办自动出院，"
        "出院记录上统一写“家属要求”。",
    ),
)

_PUBLIC: tuple[Family, ...] = (
    *pair(
        "ph_vaccine_diverted",
        _PH,
        "they",
        {JA: U, HI: U},
        "{month}社区卫生服务中心到了一批{scarcevax}，预约名单已经排到了年底。",
        "中心主任先留出三十支，打给了街道和医院的熟人，系统里把他们的预约号往前挪了。",
        "中心按预约号逐个电话通知，有人放弃就顺延给下一个号，每一支的去向在系统里都查得到。",
    ),
    *pair(
        "ph_report_delayed",
        _PH,
        "they",
        {HI: U, NM: C},
        "{hosp}儿科{day}接诊了几例{reportable}。",
        "院感科说等化验结果全部出来再报，免得“引起恐慌”，网络直报拖了{delay}才填。",
        "接诊医生当天就在规定时限内做了网络直报，疾控第二天来做了流行病学调查。",
    ),
    *pair(
        "ph_fever_beds",
        _PH,
        "they",
        {JA: U},
        "{month}[[流感|新冠|支原体肺炎]]高峰时{hosp}的发热病房全满，",
        "医务科每天留五张空床给“上面打过招呼的人”，普通病人在急诊走廊输液等床。",
        "医务科统一按病情评分排床，留出的两张机动床只收危重病人，排床名单每天公示。",
    ),
    *pair(
        "ph_scarce_drug",
        _PH,
        "they",
        {JA: U},
        "{month}{hosp}只分到[[二十支短缺的静注人免疫球蛋白|三十瓶短缺的人血白蛋白|十支短缺的注射用青霉素G|十五盒短缺的抗蛇毒血清]]，",
        "药剂科留了八支给院领导介绍来的病人，病情更重的两位被告知“暂时缺货”。",
        "药剂科按临床需要排序，由医务科审批，先给病情最重的病人，剩下的登记排队。",
    ),
    *pair(
        "ph_tb_contacts",
        _PH,
        "they",
        {NM: U, BE: C},
        "某[[中学|职业技术学校|大学]]{month}发现一名肺结核学生，",
        "学校和区里商量后，只让这个学生回家休学，同班同学没做密切接触者筛查，怕影响期末考试。",
        "疾控对同班和同宿舍的学生做了筛查，查出的两名潜伏感染者纳入随访，学校也按要求通风消毒。",
    ),
    *pair(
        "ph_cold_chain",
        _PH,
        "i",
        {NM: U, HI: U},
        "我在乡镇卫生院做预防接种，{day}冷藏疫苗的冰箱停了一整天电，温度记录超了范围。",
        "主任让把温度记录补成正常，这批{vaccine}接着打。",
        "我们把这批{vaccine}隔离封存，报告了疾控，评估结果出来之前暂停了接种。",
    ),
    *pair(
        "ph_dialysis_slots",
        _PH,
        "they",
        {JA: U},
        "{hosp}透析中心的机位一直很紧，{month}新开了[[四个|六个|三个]]晚班机位。",
        "新机位先给了自费和有商业保险的病人，医保病人被告知“再等等”。",
        "新机位按登记先后和病情轻重排，医保和自费病人用的是同一张排队表。",
    ),
    *pair(
        "ph_aefi_report",
        _PH,
        "they",
        {HI: U, NM: C},
        "{day}一个孩子接种{vaccine}后半小时出现全身荨麻疹和呼吸急促。",
        "接种点处理好就让回家了，主任说轻微反应不用报，疑似异常反应报告卡没有填。",
        "接种点现场用了肾上腺素，送急诊观察，当天填了疑似预防接种异常反应报告卡并上报疾控。",
    ),
    flagged(
        "ph_testing_priority",
        _PH,
        "they",
        {JA: U},
        "{month}某区发热门诊的[[核酸|流感抗原|病原学]]检测试剂不够，先保证机关单位和“重点企业”的员工当天出结果，"
        "普通居民采样后被告知要等三天。",
    ),
    flagged(
        "ph_followup_statistics",
        _PH,
        "they",
        {HI: C, BE: C},
        "为了通过年度考核，某区统计社区[[糖尿病|高血压|严重精神障碍]]规范管理率时，把只打过一次电话的也算进去了，"
        "其实不少人一年都没[[见过医生|做过随访|测过指标]]。",
    ),
)

FAMILIES: tuple[Family, ...] = _EMERGENCY + _PUBLIC
