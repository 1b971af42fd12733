"""Research families of g6_practice: trials on human subjects and animal experiments.

Rules the lapses break, cited by law and article only:
- 《基本医疗卫生与健康促进法》第三十二条 and 《医师法》第二十六条 (ethics review and consent for trials)
- 《人类遗传资源管理条例》第九条, 第二十八条 (consent for samples, approval before sending abroad)
- 《药品管理法》第二十条, 第二十一条 (trial conduct, protecting subjects, reporting risks)
- 《生物安全法》第四十条 (ethics of biotechnology research)
Animal work is judged against the 3R principle and the national rules on welfare review of laboratory
animals: necessity, the smallest sufficient number, anaesthesia, humane endpoints, trained staff.
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    AC,
    HI,
    PC,
    RE,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_TR = "人体试验"
_AN = "动物实验"

_TRIALS: tuple[Family, ...] = (
    *pair(
        "tr_secondary_use_hidden",
        _TR,
        "i",
        {RE: U, AC: U},
        "我是{hosp}伦理委员会的秘书，审{ipd}的{phase}试验方案时看到，",
        "知情同意书只写了抽血测药物浓度，方案附件里却写着剩余样本要送到境外合作方做基因测序，同意书里一句没提。",
        "知情同意书单独列了一条，剩余样本是否用于基因测序由受试者勾选，送往境外的事项也已报了遗传资源审批。",
    ),
    *pair(
        "tr_inducing_payment",
        _TR,
        "they",
        {RE: C},
        "一项{ipd}的{phase}健康受试者试验在大学城招募，",
        "招募广告上写着“住院一周拿{pay}”，没写抽血次数和风险，报名的大多是背着网贷的学生。",
        "补贴按误工、交通和抽血次数分项核算，广告只写研究目的、访视次数和联系方式，金额在知情同意时当面说明。",
    ),
    *pair(
        "tr_member_conflict",
        _TR,
        "they",
        {RE: U, HI: C},
        "{hosp}伦理委员会{month}开会审{ipd}的{phase}试验方案，其中一位委员是这个项目申办方的顾问，每年拿咨询费。",
        "会上他照常发言并参加了投票，会议记录里没有利益冲突这一项。",
        "会前他主动申报了利益冲突，讨论和投票时回避离场，会议记录里写明了。",
    ),
    *pair(
        "tr_sae_underreported",
        _TR,
        "i",
        {RE: U, HI: U},
        "我是{ipd}{phase}试验的研究护士，{day}一位受试者出现了{sae}。",
        "主要研究者说和药物“大概没关系”，让我在病例报告表里写成轻度，也没有在24小时内上报。",
        "主要研究者当天评估后，我们在24小时内报告了伦理委员会和申办方，病例报告表如实记录了分级和转归。",
    ),
    *pair(
        "tr_vulnerable_recruitment",
        _TR,
        "they",
        {RE: U, AC: U},
        "某课题组要做{ipd}的一项研究，计划招募{vuln}作为受试者。",
        "报名由他们的直接管理者点名安排，同意书集中统一签，没有单独讲解，也没有独立见证人。",
        "招募由和他们没有管理关系的研究人员负责，逐个讲解并留出考虑时间，伦理委员会还要求加了独立见证人。",
    ),
    *pair(
        "tr_consent_rushed",
        _TR,
        "they",
        {AC: U, RE: C},
        "{hosp}肿瘤科在做{ipd}的{phase}试验，",
        "入组那天研究协调员把同意书翻到最后一页让病人签字，说“内容跟医生讲的一样”，病人没看就签了。",
        "研究医生逐条讲了同意书，病人带回家看了两天，问清楚随机分组和退出的规定后才签字。",
    ),
    *pair(
        "tr_withdrawal_blocked",
        _TR,
        "they",
        {RE: U, AC: U},
        "受试者{pt}参加{ipd}试验三个月后想退出。",
        "研究医生说退出要退还已经发的补贴，后续的免费检查也会停掉，{pt}只好继续留在试验里。",
        "研究医生当场办了退出手续，已发的补贴不用退，还安排了一次安全性随访。",
    ),
    *pair(
        "tr_eligibility_adjusted",
        _TR,
        "they",
        {RE: U, HI: U},
        "一项{ipd}的{phase}安慰剂对照试验规定排除重度病人，有两位病人筛选时的评分超过了上限。",
        "因为入组进度慢，研究者把评分“调整”到范围内放了进来，两人都分到了安慰剂组。",
        "研究者按方案判为筛选失败，转给门诊医生用标准治疗，筛选记录如实保存。",
    ),
    flagged(
        "tr_enrolled_before_approval",
        _TR,
        "i",
        {RE: U, HI: U},
        "我们课题组在{hosp}做的{ipd}试验为了赶进度，伦理批件下来之前就先入组了[[十二|七|二十|九]]个受试者，"
        "知情同意书上的日期后来统一改成了批件之后。",
    ),
    flagged(
        "tr_leftover_samples",
        _TR,
        "they",
        {RE: C, PC: C},
        "{hosp}检验科把住院病人的剩余[[血样|尿样|组织蜡块]]攒了两年，交给一个新的生物标志物课题使用，"
        "没有重新申请伦理审查，理由是“反正是要废弃的样本”。",
    ),
)

_ANIMALS: tuple[Family, ...] = (
    *pair(
        "an_repeated_experiment",
        _AN,
        "i",
        {RE: C},
        "我在审一份动物实验申请，要在{species}身上做{surgery}模型，验证某条通路的作用。",
        "同样的结论课题组去年已经发表，这次只是换了个编号重新申请，没写为什么要重复，动物数还是{nanimal}。",
        "申请写明去年结果已发表，这次只补做新的干预点，动物数按功效分析减到原来的一半，并附了计算过程。",
    ),
    *pair(
        "an_sample_size",
        _AN,
        "they",
        {RE: C},
        "{month}送审的一份{species}{surgery}实验方案里，",
        "每组计划用三十只，功效分析其实算出来十只就够，负责人说“多做点保险”，审批表也没写计算依据。",
        "每组计划用十只，附了功效分析的计算过程和预实验数据来源，审批表一次通过。",
    ),
    *pair(
        "an_no_analgesia",
        _AN,
        "they",
        {RE: U},
        "实验室做{species}的{surgery}，术中用的是{anes}。",
        "为了不干扰疼痛相关指标，术后一律不给镇痛药，方案里没说明理由，动物术后几天几乎不吃不动。",
        "术后按方案给{analg}镇痛三天，每天记录体重和疼痛评分，不吃食的单独加营养。",
    ),
    *pair(
        "an_humane_endpoint",
        _AN,
        "they",
        {RE: U},
        "一个[[皮下移植瘤|原位肝癌|乳腺癌转移]]模型的{rodent}实验，一共{nrodent}，",
        "方案里没写人道终点，肿瘤长到溃烂、体重掉了三成也继续养着，等到预定的第六周再统一处死。",
        "方案写明瘤体直径或体重下降超过规定值就提前安乐死，饲养员每天测量，达到的当天处理并记录。",
    ),
    *pair(
        "an_untrained_operator",
        _AN,
        "i",
        {RE: C},
        "我是研一学生，刚进实验室，{day}第一次做{species}的{surgery}。",
        "上岗培训和考核还没参加，师兄说“看两遍就会了”，让我晚上一个人做完了八只。",
        "之前我参加了实验动物从业人员培训并考核通过，前几只在师兄监督下做，操作记录上有他的签字。",
    ),
    *pair(
        "an_housing",
        _AN,
        "they",
        {RE: C},
        "{day}动物房的空调坏了，{rodent}饲养间温度升到了三十度。",
        "管理员说过两天再修，笼子里还是一笼养八只，垫料一周没换。",
        "管理员当天就把动物转到备用饲养间，温湿度控制在规定范围，饲养密度按标准调整，情况报给了动物福利委员会。",
    ),
    *pair(
        "an_euthanasia_method",
        _AN,
        "they",
        {RE: U},
        "实验结束后要处死{nrodent}{rodent}，",
        "为了省麻醉药，学生在动物清醒时直接断颈，有几只反复了好几次，别的笼子就摆在旁边。",
        "先用过量麻醉剂深度麻醉，确认没有反射后再处理，在单独的操作间进行，不当着其他动物。",
    ),
    *pair(
        "an_protocol_amendment",
        _AN,
        "they",
        {RE: U},
        "课题组的{species}{surgery}实验{month}通过了动物伦理审查，",
        "做到一半导师决定加一个反复给药的有创实验，没有再报审，直接在同一批动物上做了。",
        "做到一半导师想加一个反复给药的实验，先提交了修正案，动物伦理委员会批准后才开始。",
    ),
    flagged(
        "an_dogs_given_away",
        _AN,
        "they",
        {RE: C},
        "{month}比格犬的{surgery}实验结束后，课题组没按方案处理，把还活着的几条狗送给了校外熟人，"
        "去向和健康情况都没有记录。",
    ),
    flagged(
        "an_observation_backfilled",
        _AN,
        "i",
        {RE: C, HI: C},
        "我们实验室{rodent}{surgery}后的观察记录都是每周一统一补，护理员说反正都是“正常”，"
        "其实周末根本没人进过饲养间。",
    ),
)

FAMILIES: tuple[Family, ...] = _TRIALS + _ANIMALS
