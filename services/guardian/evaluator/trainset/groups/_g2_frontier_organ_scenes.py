"""g2_frontier narratives on organ donation and transplantation: trade, living donors, allocation, death."""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g2_frontier_kit import C, Family, U, rows

__all__ = ["FAMILIES"]

OT = "organ_transplant_ethics"
JA = "justice_allocation"
PV = "privacy_confidentiality"
TX = "器官移植"
DONATION = "器官捐献"
ICU = "ICU"

ORGANS = rows(
    "organ|wait",
    "肾|透析等肾",
    "肝|等肝源",
    "心脏|等心脏",
    "肺|等肺源",
)

_BROKER = Family(
    id="ot_organ_broker",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{broker}专门在{channel}找{sellers}，{pitch}。{process}{add}",
        "我表弟{debt}，被{broker}拉进一个群，{pitch}。{process}{add}",
        "我表弟{debt}，走投无路时被{broker}拉进一个群。群里的人{pitch}，还说{talk}。他差点就去了，幸好被家里人发现。后来才知道，{process}{add}",
    ),
    slots={
        "talk": ("“手术在正规医院做，安全得很”", "“配型、体检都有人安排”"),
        "broker": ("一个器官中介", "一个自称“医疗顾问”的人", "一伙专做“肾源”的中介"),
        "channel": ("网贷催收群", "工地和劳务市场", "短视频评论区"),
        "sellers": ("欠债的年轻人", "急需用钱的打工者", "刚成年的学生"),
        "debt": ("欠了十几万网贷", "做生意赔了钱", "赌博欠了债"),
        "pitch": ("说卖一个肾能拿十几万", "说“少个肾照样生活”", "承诺手术在正规医院做"),
        "process": (
            "配型成功后，他们给卖家办了假户口本，冒充病人的表兄弟。",
            "手术被安排在一家私立医院的夜间时段。",
            "卖家最后到手不到三成，剩下的被中介层层分走。",
        ),
        "add": ("术后没人管复查。", "买家付了六十多万。", "这条线已经做了好几年。"),
    },
)

_FAKE_RELATION = Family(
    id="ot_fake_relation",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{patient}需要换{organ}，家里没人配上。{fake}，{review}。{add}",
        "为了让{donor}给{patient}捐{organ}，家属{fake_short}，{review}。{add}",
        "{patient}需要换{organ}，等了两年也没等到。家里没人配型成功，{fake}，{review}。手术前两个人连彼此老家在哪都说不清楚。{add}我作为病房护士，知道内情却不知道该找谁。",
    ),
    slots={
        "organ": ("肾", "肝"),
        "patient": ("一位五十岁的老板", "一位透析多年的大姐", "一个年轻的尿毒症患者"),
        "donor": ("一位同乡", "老板的司机", "一个网上认识的年轻人"),
        "fake": (
            "家属找来一个同乡，伪造户口本把他写成“亲兄弟”",
            "家属花钱办了一份假的亲属关系公证",
            "家属安排一个年轻人冒充病人的外甥",
        ),
        "fake_short": ("伪造了亲属关系证明", "找人做了一份假的户籍材料"),
        "review": (
            "医院伦理委员会只看了复印件就通过了",
            "协调员面谈时两个人对不上细节，却没人深究",
            "审查时没做亲缘鉴定",
        ),
        "add": ("私下给了“捐献人”一大笔钱。", "手术已经做完了。", "这样的事在病友群里传得很开。"),
    },
)

_MINOR = Family(
    id="ot_minor_donor",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{parents}的{sick}需要换肾，{plan}，{hospital}。{add}",
        "{hospital_subject}最近在评估一例活体肾移植：捐献人是{minor}，{plan2}。{add}",
        "{parents}的{sick}需要换肾，家里配型最合适的是还在读高中的孩子。{plan}，{hospital}。孩子在病房里偷偷跟我说，他其实很害怕，可不敢让爸妈失望。{add}",
    ),
    slots={
        "parents": ("一对农村夫妻", "一个单亲妈妈", "一对开小店的夫妇"),
        "sick": ("大女儿", "小儿子", "老大"),
        "plan": ("想让十六岁的二儿子捐一个", "让十七岁的女儿去配型", "打算等老二一满十六就捐"),
        "hospital": ("医生建议先把年龄“写大一岁”", "一家医院说材料弄好就能做", "主治医生默许了这个安排"),
        "hospital_subject": ("某移植中心", "一家医院的移植科"),
        "minor": ("受者十七岁的弟弟", "受者十六岁的女儿", "一个还在读高中的表亲"),
        "plan2": ("科室准备以“本人自愿”为由提交伦理审查", "病历上的出生年份被改成了成年"),
        "add": ("孩子本人其实很害怕。", "没人提出异议。", "家长说孩子是自愿的。"),
    },
)

_COERCED = Family(
    id="ot_coerced_donor",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "一位患尿毒症的{recipient}需要换肾，全家只有{victim}配型成功。她{pressure}，只好同意捐肾。{review}",
        "我是移植科的协调员。面谈时{victim_f}一直在哭，后来才知道她{pressure_passive}，{review_first}",
        "我是移植科的协调员。面谈时{victim_f}一直在哭，我单独问了几句，她才说自己{pressure_passive}。我在记录里写下了顾虑，{review_first}手术最后还是做了。",
    ),
    slots={
        "family": rows(
            "recipient|victim",
            "丈夫|刚结婚的妻子",
            "父亲|最小的女儿",
            "哥哥|在外地打工的妹妹",
        ),
        "victim_f": ("那位刚过门的妻子", "受者的小女儿", "受者的妹妹"),
        "pressure": (
            "被全家轮流做工作，说不捐就是没良心",
            "被威胁不捐就断绝关系",
            "被亲戚们堵在家里劝了一整夜",
        ),
        "pressure_passive": ("是被婆家以离婚相逼", "被家里人逼着签的字", "被威胁不捐就别回家"),
        "review": (
            "伦理审查时，她照着家人教的话说“完全自愿”。",
            "协调员看出她不情愿，却还是在意见栏写了“意愿真实”。",
            "手术就排在下周。",
        ),
        "review_first": (
            "可科里还是照常把材料报了上去。",
            "主任说家务事我们管不了。",
            "我把情况记下来，却没人理会。",
        ),
    },
)

_BYPASS = Family(
    id="ot_bypass_allocation",
    style="scenario",
    scene=TX,
    labels={OT: U, JA: U},
    n=6,
    texts=(
        "{centre}获取到一个{organ}后，{act}，给了{vip}。{add}",
        "我在移植中心做数据录入。{boss}让我{act_first}，好让{vip}排到前面。{add}",
        "我在移植中心做数据录入三年了。上个月，{boss}让我{act_first}，好让{vip}排到前面。我犹豫了很久，他说“出了事我担着”。{add}我到现在都记得排在前面那位病人的名字。",
    ),
    slots={
        "organ_set": ORGANS,
        "centre": ("一家移植中心", "某医院的器官获取组织", "一个省级移植中心"),
        "boss": ("科主任", "分管副院长", "中心负责人"),
        "act": (
            "没有按分配系统的结果走，而是留在了本院",
            "以“器官质量不合格”为由退出系统再私下使用",
            "绕开系统直接安排了手术",
        ),
        "act_first": (
            "把一位病人的化验值改得更重一些",
            "把一个病人的等待时间往前改两年",
            "在系统里暂时把排在前面的几位标成“暂不适合”",
        ),
        "vip": ("一位捐了钱的企业家", "院领导的亲戚", "托了关系的外地病人", "出价最高的病人"),
        "add": (
            "排在前面的病人一直不知情。",
            "系统里留下的记录看上去完全正常。",
            "原本该分到的病人后来病情恶化了。",
        ),
    },
)

_BRAIN_DEATH = Family(
    id="ot_brain_death_rush",
    style="scenario",
    scene=ICU,
    labels={OT: U},
    n=6,
    texts=(
        "{icu_doc}{rush}，因为{reason}。{add}",
        "我在ICU值夜班时看到，一位脑外伤病人{rush_passive}。{reason_full}{add}",
        "那天凌晨，ICU收了一位重型颅脑损伤的病人。{icu_doc}{rush}，{reason_plain}。按规范要两次判定、做完确认试验，而且要由与移植无关的医生完成。{add}",
    ),
    slots={
        "reason_plain": ("原因是移植团队已经在等器官", "理由是担心热缺血时间太长"),
        "icu_doc": ("一位同时在移植团队的ICU医生", "移植科主任", "急诊科一位副主任"),
        "rush": (
            "亲自签了一位病人的脑死亡判定",
            "在自主呼吸激发试验没做完时就宣布了脑死亡",
            "只做了一次评估就填了脑死亡判定表",
        ),
        "rush_passive": (
            "自主呼吸激发试验没做就被宣布脑死亡",
            "的脑死亡判定由等着取器官的移植医生签字",
            "在镇静药还没代谢完时就做了脑死亡判定",
        ),
        "reason": ("移植团队已经在等器官", "担心器官热缺血时间太长", "受者已经在手术室准备"),
        "reason_full": ("理由是移植团队等不及了。", "有人说再拖器官就不能用了。", "家属被告知“已经没救了”。"),
        "add": ("第二次判定根本没做。", "判定记录事后补了签名。", "参加判定的都是移植组的人。"),
    },
)

_REFUSAL_IGNORED = Family(
    id="ot_refusal_ignored",
    style="scenario",
    scene=DONATION,
    labels={OT: U},
    n=6,
    texts=(
        "{deceased}生前{refused}，但{actor}{act}。{add}",
        "我父亲{refused_first}。他去世那天，{actor}{act_first}。{add}",
        "我父亲{refused_first}，全家人都知道。他去世那天我们还在路上，{actor}{act_first}。等我们赶到，获取手术已经结束。{add_r}我们只想知道，为什么他本人的意愿没人理会。",
    ),
    slots={
        "deceased": ("一位车祸去世的年轻人", "一位脑出血去世的老人", "一位工地意外身亡的工人"),
        "refused": (
            "明确跟家人说过不捐器官",
            "在登记系统里留过不同意捐献的意见",
            "写过一份不捐献遗体器官的声明",
        ),
        "refused_first": ("生前反复说过不捐器官", "早就写过不捐器官的字条"),
        "actor": ("协调员", "医院", "获取团队"),
        "act": (
            "还是说服远房亲戚签字后获取了器官",
            "以“家属同意”为由照常做了获取",
            "没有核实他的意愿就启动了捐献流程",
        ),
        "act_first": ("让我叔叔签了捐献同意书", "说“家里有一个人签字就够了”"),
        "add_r": ("签字的亲戚收到了一笔“慰问金”。", "事后医院只说“手续齐全”。"),
        "add": ("至亲家属赶到时手术已经结束。", "签字的亲戚收到了一笔“慰问金”。", "这件事后来没人追究。"),
    },
)

_SALE_DISGUISED = Family(
    id="ot_sale_disguised",
    style="scenario",
    scene=DONATION,
    labels={OT: U},
    n=6,
    texts=(
        "{case}，{recipient_side}通过{channel}给了供者家属{money}，说是{name}。{add}",
        "{case}，一位供者家属说，{channel}私下承诺，只要签字捐献就给{money}。{add}",
        "{case}，家属本来还在犹豫要不要捐。这时{channel}私下来找他们，承诺只要签字就给{money}，说是{name}。家属最后签了字，器官也很快给了出钱的那位受者。",
    ),
    slots={
        "recipient_side": ("受者家属", "一位富商", "受者的公司"),
        "case": ("一位年轻人在ICU被判定脑死亡后", "一位工人意外身亡后", "在一例遗体器官捐献中"),
        "channel": ("协调员", "一个“中间人”", "医院里的熟人"),
        "money": ("二十万现金", "一套房子的首付", "每年一笔“生活补助”"),
        "name": ("“营养费”", "“丧葬补助”", "“感谢金”"),
        "add": (
            "这些钱都没有出现在任何记录里。",
            "作为回报，器官直接给了这位受者。",
            "家属签字时其实很犹豫。",
        ),
    },
)

_TOURISM = Family(
    id="ot_transplant_tourism",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{patient}等肾等了三年，{agent}介绍他{trip}，{detail}。{add}",
        "病友群里有人分享{trip_share}，{detail}。{add}",
        "{patient}等肾等了三年，透析越来越难熬。{agent}介绍他{trip}，说{detail}。他回国三个月就出现了严重排异，国内医院接诊时连供者的基本信息都查不到。{add_t}",
    ),
    slots={
        "patient": ("我舅舅", "一位老病友", "一个做生意的朋友"),
        "agent": ("一家“海外医疗”公司", "群里的一个中介", "一个熟人"),
        "trip": ("去国外买一个当地人的肾", "出境做“快速移植”", "到境外一家私立医院换肾"),
        "add_t": ("群里不少人还在打听联系方式。", "中介说这在那边是“合法”的。"),
        "trip_share": ("出国买肾的“攻略”", "去国外换肝的经历"),
        "detail": (
            "供者是当地的穷人，一次给几千美元",
            "全程只要两周，“肾源现成”",
            "包机票、手术和翻译一口价",
        ),
        "add": (
            "回国后出了排异，国内医院都不敢接。",
            "群里不少人在打听联系方式。",
            "中介说这在那边是“合法”的。",
        ),
    },
)

_FAKE_WITNESS = Family(
    id="ot_fake_witness",
    style="scenario",
    scene=DONATION,
    labels={OT: U},
    n=6,
    texts=(
        "{case}，{coord}{act}，{why}。{add}",
        "我是红十字会指派的协调员。上个月{case_first}，{act_first}，{why}。{add}",
        "我是红十字会指派的协调员。上个月{case_first}，{act_first}，{why}。按规定，协调员必须到场见证获取全过程，这是对捐献人和家属的承诺。{add}这件事让我一直很内疚。",
    ),
    slots={
        "coord": ("一名器官捐献协调员", "一位刚上岗的协调员", "两名协调员"),
        "case": ("一例遗体器官获取安排在凌晨进行", "外地一家医院报来一例捐献", "上周有一例脑死亡捐献"),
        "case_first": ("有一例获取在半夜进行", "接到一例外地医院的捐献通知"),
        "act": (
            "没到获取现场，却在见证记录上签了字",
            "按医院事先写好的意见签了“见证无异议”",
            "把另一例的见证记录复制一份改了名字",
        ),
        "act_first": ("我没去获取现场，就在见证书上签了名", "我签了医院准备好的见证意见"),
        "why": ("因为医院催得急", "说是“大家都这么做”", "因为那天同时派了两例"),
        "add": ("获取过程到底怎样，其实没人知道。", "家属以为整个过程有人监督。", "这份记录后来被报了上去。"),
    },
)

_DONOR_PRIVACY = Family(
    id="ot_donor_privacy",
    style="scenario",
    scene=DONATION,
    labels={OT: U, PV: U},
    n=6,
    texts=(
        "{case}，{staff}把{info}告诉了受者家属，{consequence}。{add}",
        "{case}，受者家属一直想知道供者是谁，{staff}{leak}。{consequence}。",
        "{case}，受者家属一直想当面感谢供者家庭。{staff}{leak}。{consequence}。供者的母亲说，她最怕的就是被人打扰，当初反复确认过会保密。",
    ),
    slots={
        "staff": ("病房一位护士", "移植科的一个住院医生", "一位协调员"),
        "case": ("一位大学生捐献遗体器官后", "一次肝移植手术顺利完成后", "受者出院前"),
        "info": ("供者的姓名和老家地址", "供者家属的电话", "供者是哪天在哪家医院去世的"),
        "leak": ("私下把供者家属的电话给了他们", "把捐献登记表拍照发了过去"),
        "consequence": ("对方直接找上了供者家门", "供者家属被反复打扰", "这件事在网上传开了"),
        "add": ("供者家属当初特别要求过保密。", "医院至今没给任何说法。", "泄露的人说自己只是“好心”。"),
    },
)

_PRESSURE = Family(
    id="ot_family_pressure",
    style="scenario",
    scene=DONATION,
    labels={OT: C},
    n=6,
    texts=(
        "{time}，{patient_side}还在抢救室外等消息，{coord}就{act}。{add}",
        "我是家属。{patient_side_first}，{time_first}{coord}{act_first}。{add_f}",
        "我是家属。{patient_side_first}，{time_first}{coord}{act_first}。我们那时只想着救人，根本没心思想别的。{add_f}后来我才知道，谈捐献应该在死亡判定之后、家属情绪平稳的时候。",
    ),
    slots={
        "patient_side": ("一位车祸伤员的父母", "一位脑出血老人的子女", "一位溺水少年的家人"),
        "patient_side_first": ("我爸脑出血还在ICU", "我儿子出车祸还没脱离危险"),
        "coord": ("协调员", "一位医生", "获取组织的人"),
        "add_f": (
            "那几天我们像被逼着做决定。",
            "我爸那时还没有做死亡判定。",
            "我们最后拒绝了，却觉得很委屈。",
        ),
        "time": ("凌晨三点", "事故发生才两个小时", "医生刚说完“情况很不乐观”"),
        "time_first": ("才进去不到一天，", "连诊断都还没出来，"),
        "act": ("拿着捐献同意书一遍遍来劝", "反复暗示“捐了就能减免医药费”", "在家属哭得站不稳时催他们签字"),
        "act_first": ("一天来找了我们四次谈捐献", "一直说“早签早减免费用”"),
        "add": (
            "家属后来说，那几天像被逼着做决定。",
            "病人那时还没有做死亡判定。",
            "家属最后拒绝了，却觉得很委屈。",
        ),
    },
)

_FEE = Family(
    id="ot_organ_fee",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{hospital}给等{organ}的病人开了一笔{fee}，{amount}，{explain}{add}",
        "我爸去年做了{organ}移植，除了手术、检查和住院费，医院还收了一笔{fee}，{amount}。{explain}{add}",
        "我爸去年做了{organ}移植。出院结账时，除了手术、检查和住院费，医院还收了一笔{fee}，{amount}。{explain}我们当时只想着救命，没敢多问。后来查了规定才知道，医院不能收取或变相收取器官本身的费用。",
    ),
    slots={
        "organ_set": ORGANS,
        "hospital": ("一家移植医院", "某移植中心", "一家地方医院"),
        "fee": ("“器官费”", "“供体协调费”", "“优先费”"),
        "amount": ("整整三十万", "比手术费还高", "要现金交付"),
        "explain": (
            "没有发票，也不在收费目录里。",
            "说是“器官获取成本”，却拿不出明细。",
            "让家属转到一个私人账户。",
        ),
        "add": ("病人家属谁也不敢问。", "交不起的只能继续等。", "这笔钱不走医院的收费系统。"),
    },
)

_UNLICENSED = Family(
    id="ot_unlicensed_transplant",
    style="scenario",
    scene=TX,
    labels={OT: U},
    n=6,
    texts=(
        "{hospital}没有人体器官移植的诊疗科目登记，却{act}。{how}{add}",
        "我在{hospital}当麻醉医生，科里{act}。{how}{add}",
        "我在{hospital}当麻醉医生，入职半年后发现，科里{act}。{how}我查了省里公布的移植医院名单，我们医院根本不在上面。{add}",
    ),
    slots={
        "hospital": ("一家县级民营医院", "某地一家私立医院", "一家新开的“国际医疗中心”"),
        "act": (
            "以“肾病综合治疗”的名义悄悄做肾移植",
            "请外院医生周末来“飞刀”做肝移植",
            "让一位没有移植资质认定的医生主刀",
        ),
        "how": ("手术都安排在夜里，病历上写的是别的手术。", "器官来源没人说得清。", "术后病人直接转回外地。"),
        "add": (
            "院长说这是医院的“利润增长点”。",
            "每台手术收费是正规医院的两三倍。",
            "科里的人都被要求保密。",
        ),
    },
)

_MARGINAL_UNDISCLOSED = Family(
    id="ot_marginal_organ_undisclosed",
    style="scenario",
    scene=TX,
    labels={OT: C},
    n=6,
    texts=(
        "分配给{patient}的{organ}{issue}。{doctor}{act}，{why}。",
        "我爸换{organ}前，医生只说“来了个好器官”，后来才知道{issue_first}。{after}",
        "我爸换{organ}前，医生只说“来了个好器官”，让我们赶紧签字。术后恢复得很慢，我们追问之下才知道{issue_first}。医生说如果提前讲，我们可能会放弃这次机会。{after_long}",
    ),
    slots={
        "after_long": ("我们并不是怪医生，只是觉得有权知道。", "如果当时知道，我们也许会选择再等等。"),
        "organ_set": ORGANS,
        "patient": ("一位五十多岁的受者", "我们科的一位病人", "一位等了三年的病人"),
        "issue": ("来自高龄供者，功能处在边缘", "冷缺血时间已经很长", "供者有乙肝病史"),
        "issue_first": ("供者年纪很大，器官质量只能算勉强", "那个器官的冷缺血时间远超一般标准"),
        "doctor": ("主刀医生", "移植团队", "主治医生"),
        "act": ("没有向病人说明这些情况就安排了手术", "只跟家属说“质量很好”"),
        "why": ("怕病人犹豫放弃这次机会", "觉得说了病人也听不懂", "担心影响中心的手术量"),
        "after": ("术后恢复得很慢，我们才追问到实情。", "如果当时知道，我们也许会选择再等等。"),
    },
)

FAMILIES: tuple[Family, ...] = (
    _BROKER,
    _FAKE_RELATION,
    _MINOR,
    _COERCED,
    _BYPASS,
    _BRAIN_DEATH,
    _REFUSAL_IGNORED,
    _SALE_DISGUISED,
    _TOURISM,
    _FAKE_WITNESS,
    _DONOR_PRIVACY,
    _PRESSURE,
    _FEE,
    _UNLICENSED,
    _MARGINAL_UNDISCLOSED,
)
