"""g2_frontier narratives on assisted reproduction: surrogacy, gamete trade, donors, embryos, indications."""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g2_frontier_kit import C, Family, U, rows

__all__ = ["FAMILIES"]

RP = "reproductive_ethics"
IP = "illegal_procedure"
HI = "honesty_integrity"
ART = "辅助生殖"
BANK = "精子库"

CLIENTS = ("一对结婚八年没孩子的夫妻", "一位四十多岁的老板", "一对失独的中年夫妇", "一对子宫切除后的年轻夫妻")
CENTRE_ROLE = ("胚胎实验室的技术员", "生殖中心的护士", "生殖科的主治医生", "生殖中心的前台")

_SURROGACY_AGENCY = Family(
    id="rp_surrogacy_agency",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "我在一家“母婴咨询公司”上班，主要工作是{job}。最近接了{client}的单，{detail}，{money}。{add}",
        "{agency}替{client}安排了代孕：{detail}，{money}。{add3}",
        "我去年应聘进了一家“母婴咨询公司”，入职后才知道主要业务是代孕。我的工作是{job}。最近接了{client}的单，{detail}，{money}。孕妈大多是从外省招来的，签合同时没人给她们讲过怀孕的风险。{add}",
    ),
    slots={
        "client": CLIENTS,
        "agency": ("一家挂着“生育顾问”牌子的中介", "朋友圈里的一个“助孕机构”", "一家号称有医院背景的公司"),
        "job": ("在网上招募代孕妈妈", "给客户匹配“孕妈”", "安排孕妈的吃住和产检"),
        "detail": (
            "胚胎在合作的私人实验室做好，再移植给从外省招来的孕妈",
            "孕妈被安排住在出租屋里，不许随便外出",
            "孩子生下来后，出生证明上写的是客户的名字",
        ),
        "money": ("套餐价四十多万，保男孩另加钱", "孕妈拿到手的不到三分之一", "按“包成功”收费"),
        "add3": (
            "中介对外一律说是“亲戚帮忙”。",
            "孕妈签的合同里，违约要赔一大笔钱。",
            "这行在圈子里很常见。",
        ),
        "add": (
            "公司要求我们对外一律说是“亲戚帮忙”。",
            "孕妈签的合同里，违约要赔一大笔钱。",
            "这行在圈子里很常见。",
        ),
    },
)

_SURROGACY_HOSPITAL = Family(
    id="rp_surrogacy_hospital",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "我是{role}。前阵子中心给一位“患者”做了胚胎移植，后来才知道{truth}。{how}{add}",
        "{role_third}私下和中介合作，{truth_third}，{how}{add}",
        "我是{role}。前阵子中心给一位“患者”做了胚胎移植，建档材料都很齐全。后来她来复查时说漏了嘴，我们才知道{truth}。{how}我去找主任反映，主任只说了一句“材料合规就行”。{add}",
    ),
    slots={
        "role": CENTRE_ROLE,
        "role_third": ("某生殖中心的一位副主任", "一家民营医院的生殖科", "胚胎室的一名技术员"),
        "truth": (
            "她是收了钱替别人怀孕的代孕妈妈",
            "胚胎其实是另一对夫妻的",
            "她和来签字的“丈夫”根本不是夫妻",
        ),
        "truth_third": (
            "把客户的胚胎移植给中介带来的代孕妈妈",
            "用伪造的结婚证给代孕妈妈建档移植",
            "在夜间借用中心的设备给代孕妈妈做移植",
        ),
        "how": (
            "证件是中介准备好的，科室没人细查。",
            "病历上写的是“自体胚胎移植”。",
            "每一例都有一笔“介绍费”。",
        ),
        "add": ("大家都装作不知道。", "中心的伦理委员会从来没讨论过这些病例。", ""),
    },
)

_EGG_TRADE = Family(
    id="rp_egg_trade",
    style="scenario",
    scene=ART,
    labels={RP: U, IP: U},
    n=6,
    texts=(
        "{seller}在{channel}看到“爱心捐卵，补贴三万”的广告，{process}。{harm}",
        "{channel}上有人专门招{seller_plural}“捐卵”，{process}，{harm}",
        "室友最近总是请假，后来才告诉我，她在{channel}看到“爱心捐卵，补贴三万”的广告，{process}。{harm}她说下次还想再去一次，因为“来钱快”。",
    ),
    slots={
        "seller": ("一个读大二的女生", "一位刚毕业找不到工作的姑娘", "一个欠了网贷的年轻女孩"),
        "seller_plural": ("女大学生", "二十出头的年轻女孩", "欠了网贷的姑娘"),
        "channel": ("校园论坛", "社交软件", "兼职群"),
        "process": (
            "被带到一家没有招牌的私人诊所打了十几天促排针，一次取了二十多个卵",
            "对方按卵子数量计价，还要求她隐瞒真实年龄",
            "取卵是在居民楼里做的，没有任何同意书",
        ),
        "harm": (
            "后来她因为卵巢过度刺激住进了医院。",
            "钱被中介抽走一大半，身体却落下了毛病。",
            "买家是一对想要“高学历卵源”的夫妻。",
        ),
    },
)

_SPERM_TRADE = Family(
    id="rp_sperm_trade",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "{channel}有人以“互助捐精”为名{offer}，{practice}。{add}",
        "我表姐通过{channel}买了一个男大学生的精子，{practice}。{add}",
        "我表姐结婚多年没孩子，不想去医院排队，就在{channel}找人{offer_t}。{practice_t}，{add}我劝她去正规医院，她说那样太慢了。",
    ),
    slots={
        "offer_t": ("买了一份“名校学霸”的精子", "约了一个自称硕士的“供精者”"),
        "practice_t": (
            "两人约在宾馆，用注射器自己操作",
            "对方没做任何传染病筛查，只给看了一张学生证照片",
            "后来才听说，同一个人已经给十几个家庭提供过",
        ),
        "channel": ("网上的一个私密群", "某二手平台", "一个“求子交流”论坛"),
        "offer": ("按学历和身高标价卖精子", "接单上门“自然受孕”", "收费提供新鲜精液"),
        "practice": (
            "在宾馆里用注射器自己操作",
            "对方没做过任何传染病筛查",
            "同一个“供精者”据说已经给十几个家庭提供过",
        ),
        "add": (
            "孩子将来可能和同父异母的兄妹相遇都不知道。",
            "出了事根本找不到人。",
            "群里每天都有人在问价。",
        ),
    },
)

_DONOR_IDENTITY = Family(
    id="rp_donor_identity",
    style="scenario",
    scene=BANK,
    labels={RP: U},
    n=6,
    texts=(
        "{staff}收了受者家属一个红包，{leak}。{add}",
        "我在{place}做{staff_job}，{colleague}{leak}，{reason}。{add}",
        "我在{place}做{staff_job}。上个月，一对用供精怀孕的夫妻托熟人找到{colleague}，{colleague}{leak}，{reason}。没过多久，受者夫妻就通过社交软件找到了供者本人。{add}",
    ),
    slots={
        "staff": ("精子库的一名工作人员", "生殖中心的一位护士", "档案室的管理员"),
        "place": ("精子库", "生殖中心"),
        "staff_job": ("档案管理", "护理工作", "随访登记"),
        "colleague": ("一位同事", "我们科长", "新来的实习生"),
        "leak": (
            "把供精者的学校、专业和长相照片发给了对方",
            "告诉受者夫妇供精者住在哪个小区",
            "把供卵者的真实姓名和电话透露给了受者",
        ),
        "reason": ("说是对方想“看看孩子像谁”", "觉得告诉一点也无所谓", "因为受者家属是熟人"),
        "add": ("后来受者一家真的找上门去了。", "供精者至今不知道自己的信息已经外泄。", "这件事没人上报。"),
    },
)

_DONOR_OVERUSE = Family(
    id="rp_donor_overuse",
    style="scenario",
    scene=BANK,
    labels={RP: U},
    n=6,
    texts=(
        "{centre}{period}供精紧张，为了省成本，{practice}。{add}{reflect}",
        "我是{role}，整理档案时发现{practice_passive}，{add}{reflect}",
        "我是{role}，整理档案时发现{practice_passive}。我翻了近几年的记录，这种情况不止一次。{add}我找主任反映，主任说“供精太紧张，只能这样”。{reflect}",
    ),
    slots={
        "role": CENTRE_ROLE,
        "centre": ("一家生殖中心", "某民营医院的生殖科", "一家精子库"),
        "period": ("去年", "有段时间", "前几年"),
        "reflect": (
            "将来这些孩子之间近亲婚配的风险，谁来负责？",
            "我知道以后一直很不安。",
            "对外公布的却是“严格执行国家规范”。",
        ),
        "practice": (
            "让同一个供精者的精子供了几十个家庭",
            "在受者不知情的情况下混用了两个人的精液",
            "在供精不足时由男医生用自己的精子“顶上”",
        ),
        "practice_passive": (
            "同一个供精者的精子已经让十几位妇女怀孕，远超规定上限",
            "有位医生在供精紧张时用了自己的精子",
            "受者拿到的供精者资料和实际用的不是同一个人",
        ),
        "add": ("这些记录都没进入全国供精信息系统。", "受者夫妇完全不知情。", "主任说反正没人会去查。"),
    },
)

_EMBRYO_NO_CONSENT = Family(
    id="rp_embryo_no_consent",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "{role}说，中心里{embryos}{use}，{consent}。{add}",
        "我们夫妻做完试管后还剩{k}个冻胚，后来才知道{use_passive}，{consent}。",
        "我们夫妻做试管后还剩{k}个冻胚，每年按时交保存费。今年想移植时，中心说找不到了。追问下去才知道{use_passive}，{consent_first}。医生反复道歉，却说不清是谁做的决定。",
    ),
    slots={
        "consent_first": ("我们从来没签过任何同意", "我们签的只是冷冻保存协议", "中心事先一个电话都没打"),
        "role": CENTRE_ROLE,
        "k": ("三", "四", "五"),
        "embryos": ("一些夫妻没用完的冻胚", "质量一般的剩余胚胎", "长期没人续费的冷冻胚胎"),
        "use": ("被转给了其他求子的夫妻", "被拿去做了科研课题", "被当作“培训材料”给进修医生练手"),
        "use_passive": ("其中两个被中心移植给了别的夫妻", "它们早被拿去做了研究", "它们没经过我们就被销毁了"),
        "consent": ("从来没有征得原来那对夫妻的同意", "当初签的只是冷冻保存协议", "中心也没有联系过我们"),
        "add": ("中心觉得这是“物尽其用”。", "伦理委员会没有任何记录。", "原来的夫妻至今不知道。"),
    },
)

_INDICATION_FAKE = Family(
    id="rp_indication_fake",
    style="scenario",
    scene=ART,
    labels={RP: U, HI: U},
    n=6,
    texts=(
        "{couple}{want}，{doctor}{fake}，让他们顺利进了试管周期。{add}",
        "作为生殖科医生，我{fake_first}，因为{couple}{want}。{add}",
        "{couple}来生殖中心时检查结果一切正常，本来不符合做试管的条件。但他们{want}，{doctor}{fake}，让他们顺利进了试管周期。{add}我作为护士在旁边看着，不知道该不该说。",
    ),
    slots={
        "couple": ("一对生育力正常的年轻夫妻", "一位明星客户", "一对已经有一个孩子的夫妻"),
        "want": ("想一次生对双胞胎", "想通过试管挑个男孩", "不想等自然怀孕"),
        "doctor": ("接诊医生", "中心副主任", "一位主治医生"),
        "fake": (
            "在病历上写了“双侧输卵管阻塞”",
            "编了一个“严重少弱精”的诊断",
            "照着别人的检查单改了名字放进病历",
        ),
        "fake_first": ("在病历里写了并不存在的输卵管梗阻", "改了精液报告让他们符合指征"),
        "add": ("主任说只要不出事就行。", "诊断证明还被拿去报了生育保险。", "这样的病人科里每个月都有几例。"),
    },
)

_MULTI_EMBRYO = Family(
    id="rp_multi_embryo",
    style="scenario",
    scene=ART,
    labels={RP: C},
    n=6,
    texts=(
        "{couple}坚持要一次{n_emb}，{doctor}拗不过，{act}。{add}",
        "{doctor}为了提高中心的成功率，{act_policy}。{add}",
        "{couple}坚持要一次{n_emb}。{doctor}解释过多胎妊娠的风险，可对方坚持说愿意自己承担，{doctor}最后{act}。{add}我一直觉得，医生的专业判断不该被病人的焦虑左右。",
    ),
    slots={
        "couple": ("一对三十八岁的夫妻", "一位急着要双胞胎的患者", "做了三次都失败的夫妻"),
        "doctor": ("主治医生", "中心主任", "值班医生"),
        "n_emb": ("移植三个胚胎", "放四个胚胎“保险一点”"),
        "act": ("就照着做了", "只让他们签了个“自愿承担风险”的声明", "结果怀了三胎又做了减胎"),
        "act_policy": (
            "习惯给年轻患者一次移植三个胚胎",
            "不怎么跟患者讲多胎妊娠的风险",
            "把“双胎”当作卖点来宣传",
        ),
        "add": ("后来出现了早产。", "减胎手术的风险谁也没提前讲。", "中心的成功率报表很好看。"),
    },
)

_POSTHUMOUS = Family(
    id="rp_posthumous",
    style="scenario",
    scene=ART,
    labels={RP: C},
    n=6,
    texts=(
        "{widow}的丈夫{death}，生殖中心还冻着他们的胚胎。{act}，{basis}。",
        "{family}在儿子{death}后，{request}，{act_family}。",
        "{widow}的丈夫{death}，生殖中心还冻着他们的胚胎。她来找医生，说丈夫生前一直想要孩子。{act}，{basis}。科里有人觉得应该成全她，也有人担心孩子的身份和继承问题。最后这件事是主任一个人拍的板。",
    ),
    slots={
        "widow": ("一位三十出头的女士", "一位刚做完取卵不久的女士"),
        "family": ("一对老夫妻", "一户独生子女家庭"),
        "death": ("车祸去世", "突发心梗离世", "因病去世"),
        "act": ("中心很快给她安排了单独移植", "科室没上伦理委员会就答应了她的移植请求"),
        "basis": ("依据只是丈夫生前口头说过想要孩子", "丈夫生前没有留下任何书面意愿"),
        "request": ("想用他冻存的精子找人生个孙子", "要求医院把儿子的精子交给他们处理"),
        "act_family": ("一位医生私下答应帮忙联系", "科里在没有书面授权的情况下同意了"),
    },
)

_SINGLE_FAKE_DOCS = Family(
    id="rp_single_fake_docs",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "{clinic}{accept}，{service}。{add}{reflect}",
        "{patient}用{doc}在{clinic}建了档，{service_passive}。{add}{reflect}",
        "我在{clinic}做前台。{patient}拿着{doc}来建档，我一眼就看出证件有问题，报给了主管。主管说{reply_sf}，{service_passive}。{reflect}",
    ),
    slots={
        "reply_sf": ("“客户出钱，我们只管形式审核”", "“别多事，证件齐全就行”"),
        "clinic": ("一家民营生殖医院", "某生殖中心", "一家私立妇产医院"),
        "patient": ("一位单身女性", "一对未婚情侣", "一位离异的女士"),
        "doc": ("网上办的假结婚证", "借来的别人的结婚证", "伪造的户口本和结婚证"),
        "accept": ("明知客户的结婚证是假的也照收", "对证件只“形式审核”"),
        "service": ("照样给单身女性做供精人工授精", "直接给未婚客户开了试管周期"),
        "service_passive": ("很快做了供精人工授精", "直接开始了促排"),
        "add": (
            "前台说“证件齐全就行，真假我们不管”。",
            "中心按“加急”另收了一笔钱。",
            "护士还教客户怎么应付核验。",
        ),
        "reflect": (
            "中心对外宣传的却是“严格执行国家规定”。",
            "这样的客户一个月有十几个。",
            "病历上的婚姻状况一栏填的都是“已婚”。",
        ),
    },
)

_CONSENT_SKIP = Family(
    id="rp_art_consent_skip",
    style="scenario",
    scene=ART,
    labels={RP: U},
    n=6,
    texts=(
        "{role}跟我聊起中心里的事：{case}。{add}{reflect}",
        "我前年在一家生殖中心做试管，{case_first}，{add}{reflect}",
        "我前年在一家生殖中心做试管，{case_first}，{add}现在回想，从建档到移植，几乎没人耐心跟我解释过每一步的风险和选择。我签了很多字，却不知道自己到底同意了什么。",
    ),
    slots={
        "role": CENTRE_ROLE,
        "case": (
            "有对夫妻的胚胎冷冻同意书是丈夫一个人替妻子签的",
            "有位女士取卵前没人讲过卵巢过度刺激的风险，签字页是护士指着签的",
            "医生临时把常规受精改成了单精子注射，事后才告诉夫妻",
        ),
        "case_first": (
            "医生没跟我商量就决定把剩余胚胎全部冷冻",
            "我先生替我签了所有同意书，我连内容都没看到",
            "取卵当天才拿到同意书，护士说“不签就做不了”",
        ),
        "add": ("科里觉得这样效率高。", "后来出了问题，谁也说不清当初同意了什么。", "这种情况不是个例。"),
        "reflect": ("", "没有人觉得这有什么不对。", "想起来心里一直有个疙瘩。"),
    },
)

_IVF_OK = Family(
    id="rp_ivf_compliant",
    style="scenario",
    scene=ART,
    lookalike=True,
    n=8,
    texts=(
        "{couple}因为{indication}来做试管婴儿。{counsel}，{consent}。{ethics}",
        "我是生殖中心的医生。给{indication}的夫妻做试管前，{counsel}，{consent}。{ethics}",
        "我们夫妻因为{indication}来做试管婴儿。第一次面诊，{counsel}，还专门约了一次谈话讲知情同意书。{consent}。{ethics}整个过程虽然繁琐，但我们心里很踏实。",
    ),
    slots={
        "couple": ("一对结婚五年的夫妻", "一对三十五岁的夫妻", "一对做过输卵管手术的夫妻"),
        "indication": ("双侧输卵管阻塞", "重度少弱精", "子宫内膜异位症多次治疗无效", "排卵障碍促排多次失败"),
        "counsel": (
            "医生先讲了成功率、费用和卵巢过度刺激等风险",
            "医生把冷冻胚胎的保存期限和续费规则讲得很清楚",
            "护士用图解说明了每一步流程",
        ),
        "consent": (
            "夫妻双方分别签了知情同意书",
            "他们回家商量了一周才决定",
            "剩余胚胎怎么处理由他们自己书面选择",
        ),
        "ethics": (
            "按规定只移植了一个胚胎。",
            "有疑问的病例提交了生殖医学伦理委员会讨论。",
            "身份证和结婚证都当面核验了原件。",
        ),
    },
)

_DONOR_OK = Family(
    id="rp_donor_compliant",
    style="scenario",
    scene=BANK,
    lookalike=True,
    n=8,
    texts=(
        "我在精子库负责{task}。{screen}，{anon}。{limit}",
        "一位研究生来精子库咨询捐精。{screen}，{anon}。{limit}",
        "我在精子库负责{task}已经六年了。{screen}，{anon}。{limit}有人觉得这些规定太麻烦，可我知道，它们保护的是供精者、受者家庭，还有将来出生的孩子。",
    ),
    slots={
        "task": ("供精者筛查", "档案管理", "供精者咨询"),
        "screen": (
            "每位供精者都要做传染病和遗传病筛查",
            "我们先讲清捐精的条件、流程和补贴的性质",
            "供精者要签知情同意书，并核实没有在别的精子库捐过",
        ),
        "anon": (
            "供受双方互不知道身份",
            "档案只有编号，受者拿不到姓名和照片",
            "工作人员对供精者信息严格保密",
        ),
        "limit": (
            "同一位供精者的精子，用到五位妇女怀孕就停止发放。",
            "所有使用记录都录入全国信息系统。",
            "补贴只是对误工和交通的补偿，不是买卖。",
        ),
    },
)

_PRESERVATION_OK = Family(
    id="rp_fertility_preservation",
    style="scenario",
    scene=ART,
    lookalike=True,
    n=8,
    texts=(
        "{patient}确诊{cancer}，化疗前{action}。{process}，{consent}",
        "肿瘤科转来一位{patient_short}，{cancer}需要尽快化疗。{action_team}，{consent}",
        "{patient}确诊{cancer}后很崩溃，最担心的是以后还能不能有孩子。肿瘤科请生殖科会诊，化疗前{action}。{process}，{consent}现在治疗已经结束，复查一切正常。",
    ),
    slots={
        "patient": ("一位二十六岁的女孩", "一名十九岁的男生", "一位刚结婚的女士"),
        "patient_short": ("年轻女患者", "未婚男患者", "新婚的女患者"),
        "cancer": ("淋巴瘤", "乳腺癌", "骨肉瘤", "白血病"),
        "action": ("在生殖中心做了生育力保存", "冻存了精子", "冻存了卵子"),
        "action_team": ("我们当天会诊，安排了生育力保存", "生殖科和肿瘤科一起评估后做了冻存"),
        "process": ("医生讲清了冻存的成功率和费用", "促排方案专门避开了影响肿瘤的药物"),
        "consent": (
            "书面约定了将来使用、续存和销毁的条件。",
            "同意书写明只能由本人将来使用。",
            "保存期限和续费规则都写进了协议。",
        ),
    },
)

_DISPOSAL_OK = Family(
    id="rp_embryo_disposal_compliant",
    style="scenario",
    scene=ART,
    lookalike=True,
    n=8,
    texts=(
        "一对夫妻的冻胚{situation}。中心{step}，{decision}。{note}",
        "我在胚胎室工作。{situation_first}，{step}，{decision}。{note}",
        "我在胚胎室工作。{situation_first}，按规定我们不能自行处理。{step}，{decision}。{note}有时候联系一对夫妻要花好几个月，但这是必须做的。",
    ),
    slots={
        "situation": ("保存到期两年没续费", "在他们生下孩子后还剩三个", "在他们离婚后成了问题"),
        "note": ("整个过程都留了书面记录。", "处理前后都通知了夫妻本人。", "中心不会替夫妻做任何决定。"),
        "situation_first": ("有批冻胚保存期满", "一对夫妻生完二胎后还有剩余胚胎"),
        "step": (
            "先按登记的电话和地址多次联系夫妻双方",
            "请夫妻双方一起到场重新签署处置意见",
            "把情况提交伦理委员会讨论",
        ),
        "decision": (
            "最后按他们的书面意愿做了销毁",
            "他们自愿签字把胚胎捐给了经过审批的研究项目",
            "双方意见不一致前，胚胎继续保存",
        ),
    },
)

_POLICY_OK = Family(
    id="rp_policy_explained",
    style="scenario",
    scene=ART,
    lookalike=True,
    n=8,
    texts=(
        "{visitor}来生殖中心{ask}。接诊医生{reply}，{offer}",
        "门诊来了{visitor}，{ask}。我{reply_first}，{offer}",
        "门诊来了{visitor}，{ask}。我先听完对方的想法，再{reply_long}。对方一开始很失望，我{offer_long}",
    ),
    slots={
        "reply_long": ("解释了现行规定和背后的考虑", "说明这件事在国内为什么不能做"),
        "offer_long": (
            "又介绍了可以合法开展的检查和咨询。",
            "建议先做生育力评估，再考虑合法的选择。",
            "还提醒对方警惕网上的非法中介。",
        ),
        "visit": rows(
            "visitor|ask",
            "一位单身女士|想做供精人工授精",
            "一对生过两个女儿的夫妻|想在试管时挑个男孩",
            "一位做过子宫切除的患者|问能不能介绍代孕",
            "一对没有不孕问题的夫妻|想做试管要双胞胎",
        ),
        "reply": ("耐心解释了相关规定为什么不能做", "说明了法律规定和背后的原因"),
        "reply_first": ("先听完对方的想法，再解释了现行规定", "解释了这在国内不被允许的原因"),
        "offer": (
            "也介绍了可以合法开展的检查和咨询。",
            "并建议先做生育力评估，再考虑合法的选择。",
            "还提醒对方警惕网上的非法中介。",
        ),
    },
)

FAMILIES: tuple[Family, ...] = (
    _SURROGACY_AGENCY,
    _SURROGACY_HOSPITAL,
    _EGG_TRADE,
    _SPERM_TRADE,
    _DONOR_IDENTITY,
    _DONOR_OVERUSE,
    _EMBRYO_NO_CONSENT,
    _INDICATION_FAKE,
    _MULTI_EMBRYO,
    _POSTHUMOUS,
    _SINGLE_FAKE_DOCS,
    _CONSENT_SKIP,
    _IVF_OK,
    _DONOR_OK,
    _PRESERVATION_OK,
    _DISPOSAL_OK,
    _POLICY_OK,
)
