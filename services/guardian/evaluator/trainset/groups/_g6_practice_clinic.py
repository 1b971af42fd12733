"""Clinic families of g6_practice: routine diagnosis and treatment, and doctor-patient relations.

Rules the lapses break, cited by law and article only:
- 《医师法》第二十五条, 第二十六条, 第三十一条, 第五十六条 (disclosure, trial drugs, no kickbacks, no
  overtreatment, records)
- 《基本医疗卫生与健康促进法》第三十二条, 第三十三条 (consent, respect for privacy and dignity)
- 《医疗纠纷预防和处理条例》第十三条, 第十六条 (explaining risks, copies of records)
- 《医疗保障基金使用监督管理条例》第十五条 (no false admissions)
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    AC,
    BE,
    DN,
    HI,
    NM,
    PC,
    UP,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_DX = "常规诊疗"
_RE = "医患关系"

_ROUTINE: tuple[Family, ...] = (
    *pair(
        "dx_trial_drug_undisclosed",
        _DX,
        "they",
        {AC: U, NM: U},
        "{pt}的{disease}一直控制不好，{doc}",
        "从药企代表那里拿来{trialdrug}给病人用，跟病人只说是“新出的好药”，病历里记的是常规用药。",
        "建议病人参加科里正在做的临床试验，先讲清{trialdrug}的研究性质、可能的风险和随时可以退出，病人签了知情同意才入组。",
    ),
    *pair(
        "dx_indication_stretched",
        _DX,
        "they",
        {NM: U, HI: U},
        "{hosp}{dept}周三的术前讨论会上，",
        "一位影像上只有轻度病变、没有任何症状的病人也排上了{proc}，主任说“做了更保险”，讨论记录里把症状写成了反复发作。",
        "一位影像上只有轻度病变、没有任何症状的病人，讨论后决定先保守治疗三个月再复查，记录里写明了不手术的理由。",
    ),
    *pair(
        "dx_test_for_revenue",
        _DX,
        "i",
        {HI: U, NM: C},
        "我在{dept}坐门诊，",
        "科里每月有检查收入指标，来看{disease}复诊的病人我一般都会顺手开个{test}，其实按指南这类复诊用不上。",
        "来看{disease}复诊的病人，我按指南只查必要的化验，有病人主动要求做{test}，我会先解释现在做的意义不大。",
    ),
    *pair(
        "dx_second_opinion",
        _DX,
        "they",
        {AC: U},
        "{pt}被告知需要做{proc}，想带着片子去别的医院再看看。",
        "{doc}说“在我们这儿看就别到处跑”，不同意复印病历和影像资料，只让先交押金排手术。",
        "{doc}说这是病人的权利，帮着办了病历复印，影像刻了光盘，还推荐了两家可以去看的医院。",
    ),
    *pair(
        "dx_record_rewritten",
        _DX,
        "they",
        {HI: U},
        "{pt}做完{proc}后出现了并发症，家属提出要封存病历。",
        "封存前一晚，{doc}把术前谈话记录重新写了一份，补上了当时没讲过的风险，签字日期写成术前那天。",
        "医患双方在场，当面封存了病历复印件，{doc}事后补写的抢救记录按规定注明了补记时间和原因。",
    ),
    *pair(
        "dx_proxy_consent_competent",
        _DX,
        "they",
        {AC: U},
        "{pt}{age}岁，头脑清楚，准备做{proc}。",
        "医生只把风险讲给了{rel}听，同意书也是{rel}签的，病人自己一直以为只是个小检查。",
        "医生当着{rel}的面向病人本人讲了风险和替代方案，病人自己签了同意书，{rel}签在见证人一栏。",
    ),
    *pair(
        "dx_antibiotic_escalation",
        _DX,
        "they",
        {NM: C},
        "{dept}病房的{pt}做完{proc}第三天，体温正常，血象也不高，",
        "{doc}还是把预防用的头孢换成了美罗培南，说“用好一点的放心”，特殊级抗菌药的会诊单没有填。",
        "{doc}按规定在术后24小时内停了预防用的头孢，病程记录里写明了停药的依据。",
    ),
    *pair(
        "dx_prescribing_under_name",
        _DX,
        "i",
        {UP: U, HI: C},
        "我是{dept}规培第一年的医生，执业证书还没下来，{month}开始跟着带教老师出门诊。",
        "门诊忙的时候，带教老师把工号密码给了我，让我用他的名字直接开处方，[[抗生素和激素|{disease}的长期用药|输液和检查单]]也是我开的。",
        "门诊时我负责问诊写病历，处方由带教老师看过病人后用他自己的账号开具并签字。",
    ),
    flagged(
        "dx_tied_supplement",
        _DX,
        "they",
        {HI: C, AC: C},
        "{hosp}{dept}要求住院病人从医院合作的药店买一款营养液，每天一瓶，查房时护士会核对空瓶，"
        "没喝的要补买，病人问能不能不用，回答是“这是科里的规定”。",
    ),
    flagged(
        "dx_fake_admission",
        _DX,
        "they",
        {HI: U},
        "年底医保额度紧张，{hosp}{dept}把几位门诊做{test}的病人挂成了住院，"
        "床位费、护理费照算，病人其实做完检查当天就回家了。",
    ),
)

_RELATIONS: tuple[Family, ...] = (
    *pair(
        "re_demeaning_remark",
        _RE,
        "they",
        {DN: C},
        "{pt}{age}岁，来{dept}复诊时拿着一个记得密密麻麻的小本子，想一条条问。",
        "{doc}头也没抬，说“这么大年纪了记这些有什么用，回去问你{rel}”，后面的问题就不接了。",
        "{doc}一条条回答了，最后把用药调整写在本子上，还说下次可以让{rel}陪着一起来。",
    ),
    *pair(
        "re_corridor_disclosure",
        _RE,
        "they",
        {PC: C, DN: C},
        "{day}上午门诊人很多，{pt}的病理结果出来了。",
        "{doc}站在候诊区走廊里大声说“你这个是恶性的，要尽快住院”，周围十几个人都听见了。",
        "{doc}把{pt}叫进诊室关上门，等{rel}也进来后，才慢慢解释病理结果和后面的安排。",
    ),
    *pair(
        "re_refused_explanation",
        _RE,
        "they",
        {AC: C, DN: C},
        "{pt}做完{test}，拿着报告回到诊室问结果。",
        "{doc}看了一眼说“说了你也不懂，开药就行”，病人再问，就叫了下一个号。",
        "{doc}对着报告讲了哪些指标异常、意味着什么，病人没听明白的地方又画图解释了一遍。",
    ),
    *pair(
        "re_deaf_no_interpreter",
        _RE,
        "they",
        {AC: C, DN: C},
        "{pt}是聋人，一个人来{dept}看{disease}。",
        "医生用口语讲了一通就开了药，没有找手语翻译，也没写下来，病人拿着处方不知道该怎么吃。",
        "医生联系了院里的手语志愿者，又把用法用量一条条写在纸上，最后请病人比划着复述了一遍。",
    ),
    *pair(
        "re_red_envelope",
        _RE,
        "they",
        {HI: U},
        "{pt}要做{proc}，术前一天{rel}在医生办公室门口等{doc}。",
        "{rel}塞过去一个装着{envelope}的信封，{doc}收下了，说“放心，明天我亲自做”。",
        "{rel}递上一个装着{envelope}的信封，{doc}推了回去，说手术都一样做，有问题随时找值班医生。",
    ),
    *pair(
        "re_rural_patient",
        _RE,
        "they",
        {DN: C, BE: C},
        "{pt}从农村来，说话带着很重的方言，挂的是{dept}的专家号。",
        "专家听了两句就不耐烦，跟学生说“这种病人看不懂报告，开点药打发走”，体格检查也没做。",
        "专家放慢语速，请护士帮忙翻译方言，做了体格检查，最后把注意事项用大字写在纸上交给病人。",
    ),
    *pair(
        "re_gyn_exam_privacy",
        _RE,
        "they",
        {PC: U, DN: C},
        "{day}{hosp}妇科门诊，一位[[二十多岁|刚上大学|三十出头]]的女病人需要做妇科检查。",
        "男医生检查时诊室门半开着，进修生和下一位病人的家属都在屋里，帘子没拉，也没问过她。",
        "检查前医生征得她同意，请女护士在场，拉上了帘子，进修生观摩之前也先问过她愿不愿意。",
    ),
    *pair(
        "re_teaching_consent",
        _RE,
        "they",
        {AC: U, DN: C},
        "{pt}住在教学医院的{dept}。",
        "查房时带教老师领着八个实习生轮流给病人做肛门指检，事先没有问过病人愿不愿意。",
        "查房前带教老师先问病人愿不愿意做教学示范，病人同意后只安排两名实习生在老师指导下检查。",
    ),
    flagged(
        "re_complainer_tag",
        _RE,
        "they",
        {DN: C, BE: C},
        "{pt}投诉过{doc}态度不好，第二天科里换了主管医生，还在病历首页备注了“易纠纷”三个字，"
        "之后值班医生查房都是最后才到这一床。",
    ),
    flagged(
        "re_lab_photo_mocked",
        _RE,
        "i",
        {PC: U, DN: C},
        "我们护士小群里有人把{bed}{pt}的化验单拍了发上来，配文“又是个酒鬼，肝都硬成石头了”，"
        "下面一串人回哈哈，我也回了个表情。",
    ),
)

FAMILIES: tuple[Family, ...] = _ROUTINE + _RELATIONS
