"""Ward families of g6_practice: general nursing, special-disease nursing and palliative care.

Rules the lapses break, cited by law and article only:
- 《护士条例》第十九条, 第二十一条 (protection of nurses, following rules of practice)
- 《医疗器械监督管理条例》第四十八条 (no expired or failed devices in use)
- 《精神卫生法》第三十条, 第四十条 (involuntary admission, restraint and seclusion not as punishment)
- 《艾滋病防治条例》第三十九条, 第四十一条 (no disclosure, no refusal of treatment)
- 《基本医疗卫生与健康促进法》第三十二条 (consent, patients' right to know)
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g6_practice_kit import (
    AC,
    BE,
    DN,
    EL,
    HI,
    NM,
    PC,
    C,
    Family,
    U,
    flagged,
    pair,
)

__all__ = ["FAMILIES"]

_NU = "常规护理"
_SP = "特殊疾病护理"
_PA = "安宁疗护"

_NURSING: tuple[Family, ...] = (
    *pair(
        "nu_ppe_for_nurses",
        _NU,
        "i",
        {NM: U},
        "我是{dept}的护士，{month}病区陆续收了几位{infect}的病人。",
        "科里说{ppe}库存紧张，优先发给医生，护士进病房换药戴普通外科口罩就行，一个月下来都是这么排班的。",
        "护士长当天按隔离要求把{ppe}领到每个班，进病房前有人核对穿戴，脱下后按感染性废物处理。",
    ),
    *pair(
        "nu_expired_consumable",
        _NU,
        "i",
        {NM: U},
        "{time}给{bed}做{aseptic}，我从治疗车上拿了一个{consumable}。",
        "拆之前看到包装上的有效期已经过了{expired}，想着外包装还密封着，就照常用了，也没有登记。",
        "拆之前核对有效期，发现已过期{expired}，就放进待处理箱做了登记，另拿一个新的完成操作。",
    ),
    *pair(
        "nu_aseptic_steps",
        _NU,
        "they",
        {NM: U},
        "{hosp}{dept}的{nurse}给{pt}做{aseptic}，",
        "因为后面还排着三个病人，没戴无菌手套，消毒只擦了一遍碘伏就开始操作，无菌巾也省了，护理记录照常填写。",
        "先洗手戴无菌手套，碘伏由内向外消毒两遍，待干后铺无菌巾再操作，护理记录上写明了时间和操作部位。",
    ),
    *pair(
        "nu_transfusion_check",
        _NU,
        "i",
        {NM: U, HI: U},
        "{time}要给{bed}的{pt}输两袋红细胞。",
        "负责双人核对的同事在抢救室忙，我自己对了一下床号就挂上了，核对栏里她的名字是我替她签的。",
        "我和另一名护士一起到床边，核对姓名、住院号、血型和血袋编号，两人分别签了字才开始输注。",
    ),
    *pair(
        "nu_restraint_order",
        _NU,
        "they",
        {NM: U, AC: C},
        "{bed}的{pt}{age}岁，术后第一晚躁动，几次想拔输液管。",
        "{nurse}直接给上了{restraint}，没有叫医生开医嘱，也没有通知家属，到第二天早上交班时才松开。",
        "{nurse}叫来值班医生评估，医生开了约束医嘱并电话告知家属，用上{restraint}后每两小时松解观察一次并记录。",
    ),
    *pair(
        "nu_falls_assessment",
        _NU,
        "i",
        {BE: C},
        "{pt}{age}岁，{fallrisk}，入院那天是我接的。",
        "那天床位周转紧，我没做跌倒风险评估，床头也没挂标识，家属问要不要留人陪护，我说不用。",
        "我按量表做了跌倒风险评估，结果为高风险，床头挂了标识、床栏拉好，跟家属交代起床时一定要有人扶。",
    ),
    *pair(
        "nu_high_alert_storage",
        _NU,
        "they",
        {NM: U},
        "在{hosp}{dept}病房，{highalert}",
        "和普通药放在同一个抽屉里，没有单独标识，配药时大家凭记忆取，上个月拿错过一次，当时也没有上报。",
        "单独放在贴红色警示标识的专柜里，取用时双人核对并登记，配好后在输液袋上加贴高警示标签。",
    ),
    *pair(
        "nu_bedside_handover",
        _NU,
        "i",
        {BE: C},
        "夜班交接时，{bed}的{pt}下午刚做完{proc}。",
        "接班的{nurse}在护士站看了一眼电脑就说“知道了”，没去床边，伤口敷料和引流量都没看，交接单是我一个人签的。",
        "接班的{nurse}和我一起到床边看了伤口敷料和引流颜色，核对了引流量和镇痛泵，交接单上两人都签了名。",
    ),
    flagged(
        "nu_night_staffing",
        _NU,
        "they",
        {NM: U},
        "{hosp}{dept}开放四十张床，夜班只排一名护士，翻身、发口服药和测血糖交给护工做，"
        "护士长解释说编制就这么多，{month}以来一直这样排。",
    ),
    flagged(
        "nu_reuse_single_use",
        _NU,
        "they",
        {NM: U, HI: U},
        "为了控制耗材成本，{hosp}{dept}把用过的{consumable}泡在消毒液里，晾干后再用一次，"
        "领用登记上仍然按新领的数量记。",
    ),
)

_SPECIAL: tuple[Family, ...] = (
    *pair(
        "sp_seclusion_punishment",
        _SP,
        "i",
        {DN: U, NM: C},
        "我在精神科病房上班。{bed}的{pt}是{psych}病人，{day}在活动室跟别的病人吵了起来。",
        "带班老师说“让这个病人长长记性”，把人关进隔离室待了一整夜，没有医嘱，中间也没人按时去看。",
        "医生评估后开了短时隔离的医嘱，护士每十五分钟巡视记录一次，情绪平稳后两小时内解除，也跟家属说明了原因。",
    ),
    *pair(
        "sp_hiv_door_card",
        _SP,
        "they",
        {PC: U, DN: C},
        "{hosp}感染科病房，{bed}住着一位刚确诊的病人，",
        "门口的床头卡上直接写着“HIV阳性”，来探视的人和隔壁床的家属路过都能看到。",
        "门口的床头卡只写姓名和护理级别，防护事项用科内统一的颜色标记，具体诊断只能在病历系统里查看。",
    ),
    *pair(
        "sp_incapable_consent",
        _SP,
        "they",
        {AC: U},
        "{pt}{age}岁，{dementia}，平时连家人都认不全，这次需要做胃镜下活检。",
        "家属一时没赶到，医生把同意书递给老人，让老人按了手印，就算签过知情同意了。",
        "医生评估老人已无法理解病情，联系了作为监护人的{rel}到院，讲清风险和替代方案后由{rel}签字。",
    ),
    *pair(
        "sp_involuntary_admission",
        _SP,
        "they",
        {AC: U, DN: C},
        "{hosp}精神科{day}接收了一名{psych}患者，是[[单位领导和同事|社区网格员和邻居|派出所民警和房东]]送来的。",
        "没有家属到场，也没做危险性评估，院里凭单位开的介绍信就办了非自愿住院。",
        "接诊医生做了诊断评估，确认当时有伤害他人的危险，通知监护人到场签字，并告知了申请再次诊断的权利。",
    ),
    *pair(
        "sp_infectious_bed",
        _SP,
        "i",
        {NM: U},
        "我们科{day}收了一位{infect}病人，",
        "单间已经住满，就安排在普通六人间靠窗的床，也没跟同病房的人说，只让病人自己戴口罩。",
        "单间已经住满，就联系感染科转了过去，转运时病人戴外科口罩、陪同人员戴{ppe}，原床位做了终末消毒。",
    ),
    *pair(
        "sp_dementia_sedation",
        _SP,
        "they",
        {NM: U, AC: C},
        "{hosp}老年病区有几位{dementia}的老人，晚上不睡觉，到处走动。",
        "夜班为了省事，每晚给他们加服一片地西泮，医嘱上没有这一条，也没告诉家属。",
        "医生调整了白天的活动安排，夜里留一盏小灯，护士做睡眠记录，需要用药时先和家属商量再开医嘱。",
    ),
    *pair(
        "sp_hiv_surgery",
        _SP,
        "they",
        {DN: U, BE: C},
        "{pt}住院准备做{proc}，术前检查发现HIV抗体阳性。",
        "科里说器械不好消毒，建议去传染病医院做，手术就取消了，病人问了两次原因，没有人正面回答。",
        "科里按标准预防流程把手术排在当天最后一台，手术室做好防护，手术按计划完成，检测结果只记在病历里。",
    ),
    *pair(
        "sp_ect_consent",
        _SP,
        "i",
        {AC: U},
        "{bed}是{psych}的年轻病人，主治医生建议做无抽搐电休克治疗。",
        "病人自己说不想做，但家属同意了，科里就直接排上了，病人当时能清楚表达，也没有人再跟病人本人谈。",
        "医生先评估了病人的理解能力，和病人、家属一起讲了疗效、副作用和其他选择，病人考虑两天后自己签了字。",
    ),
    flagged(
        "sp_photo_in_group",
        _SP,
        "they",
        {PC: U, DN: C},
        "{hosp}感染科的{nurse}在交班微信群里发了张病人照片，配文“这位是[[三期梅毒|HIV合并结核|丙肝肝硬化]]，大家注意”，"
        "照片里病人的脸和床号都很清楚。",
    ),
    flagged(
        "sp_admission_routine",
        _SP,
        "they",
        {DN: C, PC: C},
        "{hosp}精神科的规定是：{psych}病人入院当天一律剪短发、换统一号服，手机收走，家里寄来的信"
        "由护士拆开看过再转交，理由是便于管理。",
    ),
)

_PALLIATIVE: tuple[Family, ...] = (
    *pair(
        "pa_pain_undertreated",
        _PA,
        "they",
        {EL: C, BE: C},
        "{bed}的{pt}是{cancer}，疼痛评分{nrs}。",
        "主管医生担心成瘾，只开了布洛芬，家属问能不能用{opioid}，医生说“能忍就先忍着”。",
        "主管医生按阶梯原则开了{opioid}，护士每天评估疼痛和便秘，调整剂量后评分降到了2分。",
    ),
    *pair(
        "pa_advance_directive",
        _PA,
        "they",
        {EL: C, AC: C},
        "{pt}{age}岁，去年头脑清楚时写过一份生前预嘱，写明不要气管插管。这次因为重症肺炎进了ICU。",
        "{rel}坚持“能救就救”，医生没有拿出预嘱来讨论，当晚就插管上了呼吸机。",
        "医生把预嘱拿给{rel}看，开了家庭会议，最后按老人的意愿用无创通气和药物控制症状，没有插管。",
    ),
    *pair(
        "pa_futile_cpr",
        _PA,
        "i",
        {EL: C},
        "{pt}是{cancer}，清醒的时候亲口跟我说过不想再遭罪。",
        "昨晚心跳骤停，家属在门外喊一定要抢救，我们按压了四十分钟，肋骨断了好几根，没有人再提病人之前的话。",
        "主管医生之前已和病人、家属一起签了不做心肺复苏的意见书，昨晚心跳停止时我们按意见书陪着家属，给了吸氧和镇静。",
    ),
    *pair(
        "pa_diagnosis_hidden",
        _PA,
        "they",
        {AC: U, EL: C},
        "{pt}是{cancer}，本人头脑清楚，一再问自己到底得的什么病。",
        "家属要求瞒着，医生就跟病人说是“炎症”，化疗同意书也是家属签的，病人到最后都不知道。",
        "医生先和家属沟通，再在病人愿意的前提下一步步讲清病情，治疗方案由病人自己选定并签字。",
    ),
    *pair(
        "pa_discharge_no_referral",
        _PA,
        "they",
        {EL: C, BE: C},
        "{hosp}肿瘤科{bed}的{pt}已经停了抗肿瘤治疗，",
        "科里为了床位周转，让家属办出院回家，止痛药只开了三天，也没转介社区或安宁疗护病房。",
        "科里联系了安宁疗护病房，转科前把止痛方案和症状记录交接清楚，社区医生也接上了居家随访。",
    ),
    *pair(
        "pa_palliative_sedation",
        _PA,
        "i",
        {EL: C, AC: C},
        "{pt}是{cancer}，最后几天呼吸困难越来越明显。",
        "值班医生直接开了持续深度镇静，之前没和清醒时的病人或家属商量过，家属第二天来才发现人叫不醒了。",
        "医生先和病人、家属说明了姑息镇静的目的和后果，大家同意后才开始，从低剂量起，护士记录镇静评分。",
    ),
    *pair(
        "pa_hastened_death",
        _PA,
        "they",
        {EL: U},
        "{pt}是{cancer}，反复跟{doc}说不想活了，求他帮帮忙。",
        "{doc}私下把一周的{opioid}一次性交给了家属，说“剂量你们自己看着办”。",
        "{doc}没有答应，请心理科和安宁疗护团队会诊，调整了止痛和抗焦虑药，也坐下来陪病人聊了很久。",
    ),
    *pair(
        "pa_tube_feeding",
        _PA,
        "they",
        {EL: C, DN: C},
        "{pt}{age}岁，{dementia}终末期，已经不能吞咽。",
        "{rel}要求插胃管，医生没有讨论就插了，老人反复拔管，就把手绑住继续鼻饲。",
        "医生和{rel}讲了终末期鼻饲的获益和负担，{rel}决定改为舒适性经口进食，护士少量喂水并做好口腔护理。",
    ),
    flagged(
        "pa_dying_alone",
        _PA,
        "i",
        {EL: C, BE: C},
        "我们病房规定晚上八点以后家属不能留下陪护。{pt}临终前那晚{rel}想留下，被劝回去了，"
        "老人是一个人走的，早上查房才发现。",
    ),
    flagged(
        "pa_chemo_by_default",
        _PA,
        "they",
        {EL: C, AC: C},
        "{hosp}肿瘤科对{cancer}的病人基本都继续上化疗，主任的说法是“家属花得起就不能放弃”，"
        "病人自己说想回家的话没有写进病历。",
    ),
)

FAMILIES: tuple[Family, ...] = _NURSING + _SPECIAL + _PALLIATIVE
