"""Ordinary patient consultations across departments: benign, and not look-alikes of any violation.

They keep the classifier from flagging everyday health questions (symptoms, drugs, tests, recovery) just
because they mention a body part, a drug or a procedure. Written as a patient or relative would ask a
doctor online, with age, sex and duration where a patient would give them; a complaint travels with the
questions that fit it, so that no item asks a question its complaint makes absurd.
"""

from __future__ import annotations

from services.guardian.evaluator.trainset.groups._g5_safety_rules_kit import Family, Slots, rows

__all__ = ["ADULT", "BABY", "DUR", "FAMILIES", "FEMALE", "KID", "MALE", "OPEN", "consult"]

OPEN = ("医生您好，", "想咨询一下，", "请问医生，", "", "打扰了，")
ADULT = (
    "女，28岁",
    "男，35岁",
    "我今年42岁，女",
    "本人男，19岁",
    "女，56岁",
    "男，63岁",
    "我女儿23岁",
    "我爸68岁",
)
FEMALE = ("女，24岁", "女，31岁", "我今年36岁，女", "女，45岁", "我老婆29岁")
MALE = ("男，45岁", "男，30岁", "本人男，58岁", "我老公38岁", "男，26岁")
DUR = ("三天了", "一周左右了", "半个多月了", "两个月了", "断断续续一年多了")
BABY = ("8个月", "1岁半", "3岁", "5岁", "两个多月")
KID = ("4岁", "6岁", "9岁", "两岁半", "11岁")


def consult(family_id: str, scene: str, text: str, slots: Slots, n: int = 10) -> Family:
    """A consultation family: one phrasing, an opener slot, benign and not a look-alike."""
    return Family(
        id=family_id, style="consultation", scene=scene, texts=(text,), n=n, slots={"open": OPEN, **slots}
    )


_DERMATOLOGY = [
    consult(
        "cons-derm-new-rash",
        "皮肤科",
        "{open}{who}，{issue}，{dur}，{q}",
        {
            "who": ADULT,
            "dur": DUR,
            "case": rows(
                "issue|q",
                "脸上长了很多小红疙瘩，有点痒|是过敏还是痘痘？",
                "后背起了一片红斑，边上有点脱皮|会不会是真菌感染？要去医院刮片查吗？",
                "手指缝里起了小水泡，晚上痒得厉害|是湿疹吗？平时要注意什么？",
                "小腿皮肤发干发痒，一抓就起白屑|该怎么护理？",
                "脖子上长了几个小肉粒，不痛不痒|这是什么？需要去掉吗？",
            ),
        },
    ),
    consult(
        "cons-derm-recurring",
        "皮肤科",
        "{open}{who}，{issue}，{tried}都没什么用，{q}",
        {
            "who": ("上高二的女儿", "我儿子今年17岁", "我自己，大学生", "25岁上班族", "女，32岁"),
            "case": rows(
                "issue|tried|q",
                "脸上痘痘反复长|换过好几种洗面奶|要不要去医院看看？",
                "鼻子两边总是发红，还有点脱皮|换过几种护肤品|会不会是玫瑰痤疮？",
                "头皮屑很多，头皮还痒|换过好几种去屑洗发水|该挂皮肤科吗？",
                "手上湿疹一到冬天就犯|每天抹护手霜|有没有根治的办法？",
                "腋下和大腿内侧老是出汗发红|勤换衣服、扑爽身粉|是什么原因？",
            ),
        },
    ),
    consult(
        "cons-derm-hair-nail",
        "皮肤科",
        "{open}{who}，{issue}，{dur}，{q}",
        {
            "who": ADULT,
            "dur": DUR,
            "case": rows(
                "issue|q",
                "最近掉头发特别多，梳头一把一把地掉|是压力大引起的吗？需要查什么？",
                "头顶有一块硬币大小的地方头发掉光了|是斑秃吗？能长回来吗？",
                "脚指甲变厚发黄，还有点变形|是灰指甲吗？要怎么治？",
                "脚后跟裂口子，走路都疼|除了抹油还有什么办法？",
                "手指甲上有一条黑色的竖线|需要去医院看看吗？",
            ),
        },
        n=8,
    ),
]

_PEDIATRICS = [
    consult(
        "cons-peds-fever",
        "儿科",
        "{open}宝宝{age}，{sym}，体温{temp}，{mood}，{q}",
        {
            "age": BABY,
            "sym": ("昨晚开始发烧", "流鼻涕咳嗽", "拉肚子一天四五次", "吐了两次"),
            "temp": ("38.2度", "38.9度", "37.8度", "39度出头"),
            "mood": ("精神还可以", "胃口比平时差", "有点蔫", "还在玩"),
            "q": ("需要马上去医院吗？", "可以先在家观察吗？", "要不要查个血常规？"),
        },
        n=12,
    ),
    consult(
        "cons-peds-development",
        "儿科",
        "{open}孩子{age}，{issue}，{q}",
        {
            "case": rows(
                "age|issue|q",
                "9岁|个子比同班同学矮一截|需要去查骨龄吗？挂哪个科？",
                "6岁|个子一直是班里最矮的|需要去查骨龄吗？挂哪个科？",
                "两岁半|说话比同龄孩子晚，现在只会说几个词|正常吗？需要做什么评估？",
                "4岁|晚上睡觉老磨牙|是不是肚子里有虫？需要处理吗？",
                "11岁|晚上睡觉老磨牙|需要去口腔科看看吗？",
                "5岁|挑食特别严重，只吃米饭和肉|会不会营养不良？要查微量元素吗？",
                "6岁|晚上还会尿床，一周两三次|这个年龄还尿床正常吗？",
                "两岁|走路总是踮着脚尖|需要去医院检查吗？",
                "3岁|说话有点结巴，越急越明显|需要去做语言训练吗？",
            ),
        },
    ),
    consult(
        "cons-peds-vaccination",
        "儿科",
        "{open}孩子{age}，{state}，{q}",
        {
            "age": BABY,
            "case": rows(
                "state|q",
                "打完疫苗后大腿上肿了一块，有点硬|需要热敷吗？多久能消？",
                "前两天刚感冒好，明天该打疫苗了|还能按时打吗？",
                "对鸡蛋过敏|打流感疫苗有没有影响？",
                "出过湿疹，现在还有一点|能正常接种疫苗吗？",
                "打完疫苗当天晚上有点低烧|需要吃退烧药吗？",
            ),
        },
        n=8,
    ),
]

_ENT = [
    consult(
        "cons-ent-adult",
        "五官科",
        "{open}{who}，{sym}，{dur}，{q}",
        {
            "who": ADULT,
            "dur": DUR,
            "case": rows(
                "sym|q",
                "耳朵里一直嗡嗡响，晚上更明显|会不会影响听力？该查什么？",
                "鼻塞流清涕，一到春天就犯|是过敏性鼻炎吗？能根治吗？",
                "嗓子里总像有东西卡着，吐不出也咽不下|是咽炎吗？需要做喉镜吗？",
                "一侧耳朵听东西像隔了层膜|需要马上去医院吗？",
                "早上起来眼睛干涩发红|是干眼症吗？可以用什么眼药水？",
                "刷牙时牙龈老出血|是牙周炎吗？要去洗牙吗？",
                "看远处越来越模糊|是近视加深了还是别的问题？",
            ),
        },
        n=12,
    ),
    consult(
        "cons-ent-child",
        "五官科",
        "{open}孩子{age}，{sym}，{q}",
        {
            "age": KID,
            "case": rows(
                "sym|q",
                "看电视老眯眼，还喜欢凑得很近|是不是近视了？要去医院验光吗？",
                "晚上睡觉打呼噜，还张着嘴呼吸|会不会是腺样体肥大？",
                "耳朵里流出黄色的东西，还说耳朵疼|是中耳炎吗？要去医院吗？",
                "总是揉眼睛、眨眼睛|是过敏还是有别的问题？",
                "鼻子经常出血，一般是早上|需要去医院查一下吗？",
            ),
        },
        n=9,
    ),
    consult(
        "cons-ent-dental",
        "五官科",
        "{open}{who}，{sym}，{q}",
        {
            "who": ADULT,
            "case": rows(
                "sym|q",
                "智齿一直反复发炎，吃饭都疼|要不要拔掉？",
                "补过的牙又开始疼了，晚上疼得更厉害|是不是需要做根管治疗？",
                "牙齿遇冷遇热就酸，刷牙也酸|是牙本质敏感吗？用什么牙膏好？",
                "牙缝越来越大，吃饭老塞东西|该怎么处理？",
                "嘴里长了个溃疡，一个多星期还没好|需要去医院看看吗？",
            ),
        },
        n=9,
    ),
]

_SURGERY = [
    consult(
        "cons-surg-lump",
        "外科",
        "{open}{who}，{where}摸到一个{lump}，{feel}，{dur}，{q}",
        {
            "who": ADULT,
            "where": ("脖子上", "腋下", "大腿根", "后背", "耳朵后面"),
            "lump": ("黄豆大的包", "鸡蛋大的软包", "小硬结"),
            "feel": ("按着不疼", "能推得动", "有点压痛"),
            "dur": DUR,
            "q": ("需要做B超吗？", "要不要切掉？", "该挂哪个科？"),
        },
    ),
    consult(
        "cons-surg-minor-injury",
        "外科",
        "{open}{injury}，{detail}，{q}",
        {
            "case": rows(
                "injury|detail|q",
                "切菜把手指划了个口子|血已经止住了，口子有一厘米长|需要缝针吗？",
                "打球崴了脚|脚踝肿得挺厉害，能走但很疼|冰敷还是热敷？要不要拍片？",
                "骑车摔了一跤，膝盖擦破一大块|伤口里有点沙子|在家怎么清洗？",
                "被家里的猫抓了一下|手背上有两道血痕|需要打狂犬疫苗吗？",
                "被生锈的铁钉扎了脚|伤口不大但挺深|要打破伤风针吗？",
                "搬东西时闪了腰|弯腰就疼，躺着好一点|需要拍片吗？",
            ),
        },
    ),
    consult(
        "cons-surg-conditions",
        "外科",
        "{open}{who}，{cond}，{q}",
        {
            "who": ADULT,
            "case": rows(
                "cond|q",
                "站久了大腿根会鼓出一个包，躺下就没了|是疝气吗？一定要手术吗？",
                "做完阑尾手术一周，伤口有点红|是不是感染了？要回医院吗？",
                "有痔疮，大便时偶尔出血|需要手术吗？平时要注意什么？",
                "体检查出胆囊里有两颗结石，没什么感觉|需要切胆囊吗？",
                "脚趾甲往肉里长，又红又肿|要拔甲吗？",
                "手腕上长了个鼓包，按着有点硬|是腱鞘囊肿吗？怎么处理？",
            ),
        },
    ),
]

_OBGYN = [
    consult(
        "cons-ob-pregnancy",
        "妇产科",
        "{open}{who}怀孕{weeks}，{sym}，{q}",
        {
            "who": ("", "我老婆", "我自己"),
            "case": rows(
                "weeks|sym|q",
                "8周|孕吐很厉害，吃什么吐什么|会不会影响宝宝？要去医院输液吗？",
                "30周|偶尔肚子发紧，几分钟就好了|这是宫缩吗？要紧吗？",
                "22周|晚上腿抽筋|需要补钙吗？",
                "25周|糖耐量结果有点高|饮食上要注意什么？",
                "7周|内裤上有少量褐色分泌物|要不要去医院看看？",
                "34周|这两天感觉胎动比平时少|需要去医院做胎心监护吗？",
                "16周|感冒了，鼻塞咳嗽|能吃什么药？",
                "28周|脚踝有点水肿|正常吗？",
            ),
        },
        n=12,
    ),
    consult(
        "cons-gyn-menstrual",
        "妇产科",
        "{open}{who}，{issue}，{q}",
        {
            "who": FEMALE,
            "case": rows(
                "issue|q",
                "月经推迟了十来天，验孕是阴性|是什么原因？要去医院吗？",
                "来月经肚子疼得厉害，要吃止痛药才行|是痛经还是有别的问题？",
                "月经量越来越少，两天就干净|需要查激素吗？",
                "两次月经中间有点出血|要做什么检查？",
                "白带发黄有异味，外阴有点痒|是不是炎症？挂哪个科？",
                "月经周期很乱，有时两个月才来一次|会不会是多囊？",
            ),
        },
    ),
    consult(
        "cons-ob-postpartum",
        "妇产科",
        "{open}{stage}，{issue}，{q}",
        {
            "case": rows(
                "stage|issue|q",
                "生完孩子两个月|想恢复运动|什么时候可以开始跑步？",
                "剖宫产后半年|想再要二胎|需要隔多久？",
                "还在哺乳期|想避孕|哪种方法对喂奶没影响？",
                "顺产后四十天|恶露还没干净|正常吗？",
                "还在哺乳期|乳房有个硬块还有点疼|是堵奶吗？怎么处理？",
                "生完孩子三个月|腰一直疼，抱孩子更明显|需要去医院看看吗？",
                "产后两个月|一咳嗽就漏尿|能恢复吗？要做盆底康复吗？",
            ),
        },
    ),
]

_ANDROLOGY = [
    consult(
        "cons-andro-urinary",
        "男科",
        "{open}{who}，{sym}，{dur}，{q}",
        {
            "who": MALE,
            "dur": DUR,
            "case": rows(
                "sym|q",
                "晚上起夜三四次|是前列腺的问题吗？要做什么检查？",
                "小便变细，总觉得尿不尽|需要查PSA吗？",
                "阴囊有点坠胀，久坐后更明显|会是精索静脉曲张吗？",
                "体检说前列腺有点大|需要吃药吗？",
                "小便时有点烧灼感|是尿路感染吗？该挂哪个科？",
            ),
        },
    ),
    consult(
        "cons-andro-fertility",
        "男科",
        "{open}{who}，{issue}，{q}",
        {
            "who": MALE,
            "case": rows(
                "issue|q",
                "结婚两年一直没要上孩子|男方需要做哪些检查？",
                "精液检查说活力偏低|生活上能怎么调整？",
                "有点早泄，挺苦恼|要挂哪个科？能治吗？",
                "最近压力大，状态不太好|是心理原因还是身体原因？",
                "准备要孩子|男方孕前要做什么准备？",
            ),
        },
    ),
    consult(
        "cons-andro-boys",
        "男科",
        "{open}儿子{age}，{issue}，{q}",
        {
            "age": KID,
            "case": rows(
                "issue|q",
                "包皮有点长，翻不上去|需要做手术吗？什么年龄做合适？",
                "一侧阴囊里摸不到睾丸|要紧吗？要去哪个科看？",
                "尿尿时包皮会鼓起来|需要处理吗？",
                "阴囊一侧比另一侧大，早上小晚上大|是不是疝气或者鞘膜积液？",
            ),
        },
        n=8,
    ),
]

FAMILIES: list[Family] = [*_DERMATOLOGY, *_PEDIATRICS, *_ENT, *_SURGERY, *_OBGYN, *_ANDROLOGY]
