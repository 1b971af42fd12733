"""Digital medicine and organ transplantation families of g6_practice.

Rules the lapses break, cited by law and article only:
- 《个人信息保护法》第十三条, 第二十八条, 第二十九条 (health data as sensitive, separate consent)
- 《基本医疗卫生与健康促进法》第九十二条 (no leaking of personal health information)
- 《医师法》第三十条 (online care only for follow-up visits of diagnosed patients)
- 《人体器官捐献和移植条例》第八条, 第十九条, 第二十条, 第二十三条 (voluntary donation, verified
  relationships for living donors, death determined by physicians outside the transplant team,
  allocation through the national system)
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    AC,
    HI,
    JA,
    NM,
    OT,
    PC,
    UP,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_DG = "数字医疗"
_OT = "器官移植"

_DIGITAL: tuple[Family, ...] = (
    *pair(
        "dg_vendor_export",
        _DG,
        "i",
        {PC: U},
        "我在{hosp}信息科，医院和{vendor}签的合同只授权他们维护{data}的存储系统。",
        "{month}查日志发现，对方工程师批量导出了{nrec}{data}，说是拿去“优化模型”，院里没追究，也没告知病人。",
        "{month}对方提出导出一批{data}做模型优化，我们要求先去标识化，报伦理委员会和数据安全小组审批，全程留日志。",
    ),
    *pair(
        "dg_unregistered_responders",
        _DG,
        "i",
        {UP: U, HI: C},
        "我在{app}做运营，{month}平台的问诊量涨了[[一倍|三成|不少]]。",
        "晚上在线医生不够，平台让几个刚毕业、还没注册执业的人用医生账号回复问诊，也能开处方。",
        "晚上在线医生不够时，页面显示“医生暂不在线”，问诊顺延到第二天，回复和处方都由注册医生本人账号完成。",
    ),
    *pair(
        "dg_training_without_consent",
        _DG,
        "they",
        {PC: U, AC: C},
        "一家AI公司和{hosp}合作开发辅助诊断算法，",
        "用{nrec}{data}训练，只去掉了姓名，住院号和出生日期都还在，病人并不知道自己的资料被拿去用了。",
        "用的{nrec}{data}经过伦理审查并做了去标识化，病人就诊时签过的数据使用告知里写明了可用于科研。",
    ),
    *pair(
        "dg_online_first_visit",
        _DG,
        "they",
        {UP: U},
        "{app}上一位自述{disease}的用户第一次问诊，之前没有任何线下就诊记录，",
        "接诊医生看了几句描述就开了处方，系统审方也自动通过了。",
        "接诊医生说明线上只能做复诊，请用户先去线下医院确诊，拿到诊断后再来续方。",
    ),
    *pair(
        "dg_ai_report_unsigned",
        _DG,
        "they",
        {NM: C, HI: C},
        "{hosp}放射科{month}上了一套[[肺结节|骨折|脑出血]]AI辅助阅片系统，",
        "夜班时AI生成的报告不经医生审核就直接推送给病人，署名还是值班医生。",
        "AI结果只作为提示，每份报告都由医生阅片修改后签发，漏检和误报的病例每周拿出来讨论。",
    ),
    *pair(
        "dg_insurer_sharing",
        _DG,
        "they",
        {PC: U},
        "{app}积累了{nrec}用户问诊记录，{month}一家保险公司找来想对接数据。",
        "运营方把用户的诊断和用药记录直接对接过去用于核保，用户协议里只写了一句“与合作方共享”。",
        "运营方只同意在用户单独授权后提供，授权页面写明了用途、接收方和可以随时撤回。",
    ),
    *pair(
        "dg_celebrity_record",
        _DG,
        "they",
        {PC: U},
        "{hosp}{day}接诊了一位艺人，",
        "之后好几个和诊疗无关的员工登录系统看了他的病历，系统没有权限限制，也没人查日志。",
        "系统按诊疗关系限定了查看权限，信息科每周抽查访问日志，越权查看会被提醒和通报。",
    ),
    *pair(
        "dg_teleconsult_recording",
        _DG,
        "they",
        {PC: U, AC: C},
        "{hosp}给{pt}做远程会诊，",
        "上级医院专家那头有七八个学生旁听并录了屏，事先没跟病人说，视频后来还用在了讲课里。",
        "开始前告知了病人有学生旁听，病人同意后才开始，录屏只存在院内服务器，用于讲课前做了遮挡处理。",
    ),
    flagged(
        "dg_profile_sale",
        _DG,
        "they",
        {PC: U},
        "{app}把用户填写的{disease}问卷整理成“健康画像”，按条卖给药企做精准投放，"
        "用户注册时只勾过一个默认选中的隐私协议。",
    ),
    flagged(
        "dg_assistant_replies",
        _DG,
        "they",
        {UP: U, HI: C},
        "{hosp}{dept}的互联网医院门诊为了冲问诊量，让医生助理用医生账号回复复诊咨询和续方，"
        "医生每天下班前在系统里统一点一遍“确认”。",
    ),
)

_ORGANS: tuple[Family, ...] = (
    *pair(
        "ot_allocation_bypassed",
        _OT,
        "they",
        {OT: U},
        "{opo}获取到一个{organ}，分配系统已经按评分匹配给了外省一位等待者。",
        "移植中心以“运输时间太长”为由没有在系统里确认，直接给了本院一位付得起费用的病人，记录写成“受者临时变更”。",
        "移植中心按系统结果联系了外省医院，安排了航空转运，整个过程在系统里留痕。",
    ),
    *pair(
        "ot_family_pressured",
        _OT,
        "they",
        {OT: U},
        "{pt}脑外伤后病情恶化，协调员去和家属谈捐献。",
        "{rel}说还想再等等，协调员连着三天每天去病房，还说“捐了可以减免医药费”，{rel}最后签了字。",
        "{rel}说还想再等等，协调员留下资料就走了，并说明不捐献也完全不影响治疗。",
    ),
    *pair(
        "ot_death_determination",
        _OT,
        "they",
        {OT: U},
        "{hosp}ICU有位[[车祸|脑出血|溺水后]]的病人{day}准备做脑死亡判定，",
        "判定是移植科的两名医生做的，其中一位紧接着参加了器官获取手术。",
        "判定由两名经过培训、与移植无关的神经内科和ICU医生独立完成，移植团队在判定结束后才进入。",
    ),
    *pair(
        "ot_living_relation",
        _OT,
        "they",
        {OT: U},
        "一对自称[[表兄弟|堂姐妹|叔侄|姨甥]]的人{month}来{hosp}做活体肾移植，",
        "伦理委员会只看了两人的身份证和一份村委会开的证明，没核实户籍关系，当天就通过了。",
        "伦理委员会核对了户籍和亲属关系证明，把两人分开单独面谈，确认没有金钱往来后才批准。",
    ),
    *pair(
        "ot_living_donor_voluntariness",
        _OT,
        "they",
        {OT: U, AC: U},
        "{woman}的丈夫在{hosp}等肾移植，{woman}是活体供者候选人。",
        "术前面谈只做了一次，婆家人全程在场，{woman}一直低着头没说话，记录上写的是“自愿捐献”。",
        "医生单独和{woman}谈了两次，告诉她随时可以退出，医院会以“配型不合适”为由替她保密，她确认自愿后才排期。",
    ),
    *pair(
        "ot_waitlist_fee",
        _OT,
        "they",
        {OT: U, JA: U},
        "{hosp}移植中心登记等待{organ}的病人有几十位，",
        "一位愿意多交“绿色通道费”的病人，评分被上调排到了前面。",
        "一位病人家属想交钱“加快”，被告知排序只看系统评分，交钱不起任何作用。",
    ),
    *pair(
        "ot_marginal_graft",
        _OT,
        "they",
        {OT: C, AC: U},
        "分给{pt}的{organ}来自一位高龄、有多年高血压的边缘供者。",
        "医生跟受者只说“器官质量很好”，没提边缘供者的风险，受者就签了同意书。",
        "医生向受者讲了边缘供者的情况、可能的风险和继续等待的选择，受者考虑后自己签了同意书。",
    ),
    *pair(
        "ot_dcd_premortem",
        _OT,
        "they",
        {OT: U},
        "{hosp}ICU一位{age}岁、家属已同意心脏死亡后捐献{organ}的病人，",
        "撤除生命支持前，为了缩短热缺血时间，获取团队提前在床旁给了肝素并置管，家属并不知情。",
        "撤除生命支持由ICU团队按流程进行，宣布死亡并过了规定观察期后获取团队才进入，用肝素事先征得了家属同意。",
    ),
    flagged(
        "ot_mutual_favour",
        _OT,
        "they",
        {OT: U},
        "{hosp}移植科和外地两家医院“互相帮忙”，对方手里有合适的{organ}会先打电话过来，"
        "人送到了再在系统里补录。",
    ),
    flagged(
        "ot_private_condolence",
        _OT,
        "they",
        {OT: C},
        "{opo}给捐献者{rel}包了[[两万|一万五|三万]]元“慰问金”，说是科室自己凑的，没走红十字会的人道救助程序，也没有登记。",
    ),
)

FAMILIES: tuple[Family, ...] = _DIGITAL + _ORGANS
