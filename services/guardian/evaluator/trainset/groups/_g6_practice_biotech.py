"""Gene and stem-cell therapy and assisted reproduction families of g6_practice.

Rules the lapses break, cited by law and article only:
- 《生物安全法》第四十条 and 《人类遗传资源管理条例》第二十八条 (ethics of biotechnology, no export of
  genetic data without approval)
- 《医疗机构管理条例》第二十六条 and 《药品管理法》第九十条 (no advertising of unapproved treatments)
- 《人口与计划生育法》第三十九条 (no non-medical identification of a fetus's sex)
Stem-cell clinical research is judged against the national filing rules (filed institution, no fees
charged to subjects); assisted reproduction against the national technical norms (indications, the
number of embryos per transfer, the five-pregnancy limit per donor, mutual anonymity, no paid donation).
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    AC,
    HI,
    NM,
    PC,
    RE,
    RP,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_GT = "基因与干细胞治疗"
_AR = "辅助生殖"

_CELLS: tuple[Family, ...] = (
    *pair(
        "gt_unfiled_clinic",
        _GT,
        "they",
        {RE: U},
        "{hosp}开展{cell}治疗{celldis}，",
        "没有做干细胞临床研究备案，门诊直接收病人，按次注射收费，病历里写的是“生物治疗”。",
        "项目完成了干细胞临床研究备案，只在备案机构里按方案招募受试者，不收治疗费用。",
    ),
    *pair(
        "gt_quality_release",
        _GT,
        "i",
        {RE: U, HI: U, NM: U},
        "我在{hosp}细胞制备室工作，{day}做好的这批{cell}第二天就要回输。",
        "无菌和内毒素检测来不及做，质检报告用的是另一家实验室上个月的报告，改了批号。",
        "无菌和内毒素检测还要两天出结果，我们按规定推迟了回输，结果合格后由质控签字放行。",
    ),
    *pair(
        "gt_research_fee",
        _GT,
        "they",
        {RE: U, HI: C},
        "{pt}{age}岁，患{celldis}，被推荐参加一项{cell}研究。",
        "入组时被要求交{cellfee}元“细胞制备费”，理由是研究阶段不能走医保。",
        "研究护士说明这是临床研究，细胞制备和相关检查都由项目承担，不收任何费用。",
    ),
    *pair(
        "gt_public_account_post",
        _GT,
        "they",
        {RE: C, HI: U},
        "某医院公众号发了一篇介绍{cell}治疗{celldis}的文章，",
        "写着“有效率超过九成”，文末附了报名二维码，其实项目还在一期，没有任何疗效数据。",
        "写明这是早期临床研究，主要观察安全性，疗效还不确定，报名需要符合条件并签知情同意。",
    ),
    *pair(
        "gt_manufacturing_site",
        _GT,
        "they",
        {RE: U},
        "{hosp}正在做一项{cell}临床研究，",
        "为了省成本，细胞改到一家没有相应资质的合作公司实验室制备，伦理委员会并不知道。",
        "细胞一直在备案时申报的洁净车间制备，要更换生产场地前先提交了方案修正，批准后才换。",
    ),
    *pair(
        "gt_dose_escalation",
        _GT,
        "they",
        {RE: U, NM: C},
        "{hosp}一项{cell}治疗{celldis}的剂量递增研究，第一剂量组还没观察满二十八天。",
        "为了赶进度，研究者直接给第二组用上了更高剂量，没等安全委员会评估。",
        "研究者等第一组观察期满，数据安全监查委员会评估后才启动下一个剂量组。",
    ),
    *pair(
        "gt_edited_embryo",
        _GT,
        "they",
        {RE: U, RP: U},
        "{hosp}的一个实验室用基因编辑技术研究人类胚胎的[[遗传性耳聋|地中海贫血|HIV易感基因]]，伦理审查批的是“仅限体外培养十四天内”。",
        "研究结束后，有两枚编辑过的胚胎被移植给了一位志愿者。",
        "所有编辑过的胚胎都在十四天内按方案终止培养并销毁，没有一枚用于移植。",
    ),
    *pair(
        "gt_genetic_data_export",
        _GT,
        "they",
        {RE: U, PC: U},
        "一家公司给{hosp}做[[遗传病|肿瘤|新生儿]]基因检测，",
        "合同期内公司把几千份样本的测序数据传给了境外母公司做分析，没有申报审批。",
        "合同约定样本检测后按期销毁，数据只存在境内服务器，对外合作的部分先申报了遗传资源审批。",
    ),
    flagged(
        "gt_vip_package",
        _GT,
        "they",
        {RE: U, HI: U},
        "{hosp}把{cell}回输和普通住院打包成“特需套餐”，收费{cellfee}元，"
        "病历里没有任何研究编号，只写了“提高免疫力”。",
    ),
    flagged(
        "gt_unapproved_product",
        _GT,
        "i",
        {RE: U, AC: C},
        "我们公司的{cell}产品还没有拿到批准，销售让合作医生以“科研合作”的名义给{celldis}的病人用，"
        "病人只签了一张普通的治疗同意书。",
    ),
)

_ART: tuple[Family, ...] = (
    *pair(
        "ar_false_indication",
        _AR,
        "they",
        {RP: U, HI: U},
        "一对夫妇{month}来{hosp}生殖中心，丈夫{maleage}岁，精液检查只是轻度弱精，夫妇希望用供精。",
        "医生在病历上把诊断写成了无精子症，当月就排上了供精人工授精。",
        "医生解释轻度弱精不符合供精指征，可以先做夫精人工授精，夫妇同意先试三个周期。",
    ),
    *pair(
        "ar_embryo_number",
        _AR,
        "they",
        {RP: U, NM: C},
        "{woman}三十岁，{art}，说想一次怀上双胞胎。",
        "医生一次移植了{embryos}胚胎，病历里记的是两枚。",
        "医生讲了多胎妊娠的风险，按规定只移植了一枚胚胎，其余冷冻保存。",
    ),
    *pair(
        "ar_donor_limit",
        _AR,
        "they",
        {RP: U},
        "{month}[[省精子库|一家精子库|中心合作的精子库]]核对发现，一位供精者已经让五名妇女怀孕了。",
        "因为他的外形条件好，库里继续给外地两家中心发了他的精液。",
        "系统自动锁定了他的样本，不再对外发放，登记上注明了原因。",
    ),
    *pair(
        "ar_counselling_skipped",
        _AR,
        "they",
        {RP: C, AC: C},
        "{woman}夫妇准备开始{art}，中心规定进周期前要做咨询。",
        "因为咨询门诊排不开，中心让他们签了一张“已接受咨询”的确认单就直接进了周期。",
        "中心安排了咨询门诊，讲了成功率、多胎和卵巢过度刺激的风险，夫妇下次复诊才开始用药。",
    ),
    *pair(
        "ar_embryo_sex",
        _AR,
        "they",
        {RP: U},
        "{woman}夫妇做胚胎植入前遗传学检测，为的是排除一种单基因遗传病。",
        "检测报告附页列了每枚胚胎的性别，实验室主任把那一页也给了他们，夫妇挑了男胚移植。",
        "检测报告只写了致病突变的结果，性别信息按规定屏蔽，移植顺序按胚胎评级由医生决定。",
    ),
    *pair(
        "ar_donor_anonymity",
        _AR,
        "they",
        {RP: U, PC: U},
        "{woman}在{hosp}接受赠卵，孩子[[满月|一岁|三岁]]后，想见一见赠卵者。",
        "护士长拗不过她，私下把赠卵者的姓名和电话告诉了她。",
        "护士长解释供受双方必须互盲，只能在中心登记匿名的健康信息。",
    ),
    *pair(
        "ar_egg_source",
        _AR,
        "they",
        {RP: U, HI: U},
        "{hosp}生殖中心{month}以来卵子来源一直紧张，",
        "有员工介绍来几位年轻女孩，以“营养补贴”的名义给了钱，取出的卵子登记成试管病人的剩余卵子。",
        "中心只接受本中心做试管、获卵数多于自身需要的病人自愿赠卵，事先签同意书，不给报酬。",
    ),
    *pair(
        "ar_frozen_embryo_disposal",
        _AR,
        "they",
        {RP: C, AC: C},
        "{woman}夫妇冷冻的胚胎保存到期，中心联系了几次都没回复。",
        "中心直接把胚胎解冻销毁了，没有按合同再发书面通知。",
        "中心按合同寄了书面通知并电话录音，又延长保存了三个月，最后按夫妇签字确认的处置方式办理。",
    ),
    flagged(
        "ar_routine_multiple",
        _AR,
        "they",
        {RP: U, HI: C},
        "为了提高成功率，{hosp}生殖中心{month}以来对四十岁以上的病人常规一次移植三到四枚胚胎，"
        "病历里统一写“胚胎质量差”。",
    ),
    flagged(
        "ar_overseas_referral",
        _AR,
        "they",
        {RP: U, HI: U},
        "{hosp}生殖中心一位医生{month}给一对[[外地来的|四十多岁的|失独的]]夫妇介绍了“国外供卵渠道”，由中介对接，医生按单拿介绍费。",
    ),
)

FAMILIES: tuple[Family, ...] = _CELLS + _ART
