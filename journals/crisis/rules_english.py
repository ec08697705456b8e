"""The English rules: phrases that say it outright, or nearly so."""

from .macros import _ACCIDENT, _IF_GONE, _IF_GONE_WITH, _SEE_YOU_SOON, Rule

ENGLISH = [
    # Self-directed acts, said outright or in shorthand.
    Rule(r"\b(?:kill|kil|killing|killed|kills) <SELF>\b"),
    Rule(r"\bkms\b"),
    Rule(r"\bunaliv\w*\b"),
    Rule(r"\b(?:off|offing|offed) <SELF>\b"),
    Rule(r"\bsewer ?slide\w*\b"),
    Rule(r"\byeet(?:ing)? <SELF>\b"),
    Rule(r"\btoaster bath\b"),
    Rule(
        r"\b(?:blow|blew|blowing) my (?:brains|head) (?:out|off)\b|\b(?:eat|eating) "
        r"(?:a|my) (?:bullet|gun)\b|\bput a bullet (?:in|through) my\b|"
        r"\b(?:slit|cut|slice) my (?:own )?throat\b|\bdirt nap\b|\bbecome a statistic\b|"
        r"\bkick the bucket\b"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>(?:check out|log off|peace out|clock out)"
        r"(?: (?:for good|permanently|forever|early|of life|of this life)|<END>)|"
        r"\b(?:check|log|peace|clock) out (?:for good|permanently|forever|of (?:this )?life)\b"
    ),
    Rule(r"\b(?:its )?game over for me\b"),
    Rule(
        r"\b(?:wanna|want to|gonna|going to|about to|should|could|might|ready to) (?:just )?"
        r"rope(?: <SELF>)?<END>"
    ),
    Rule(
        r"\b(?:having|passive|active|my|some|had|the|more|constant|intrusive) si\b"
        r"(?! (?:quiero|no|me|te|se|lo|la|es|el|yo|tu))|\bsi (?:thoughts|urges|is back|again)\b"
    ),
    Rule(
        r"\bsh (?:urges|again|scars|wounds|cuts|relapse)\b|\b(?:relapsed|relapse|relapsing|"
        r"clean from|urges to|urge to|days? (?:without|since)) sh\b"
    ),
    Rule(r"\bself (?:delete|deleting|deleted|deletion)\b"),
    Rule(r"\b(?:hang|hanging|hanged) <SELF>\b"),
    Rule(r"\b(?:shoot|shooting|shot) <SELF>\b(?! (?:in the foot|a |an ))"),
    Rule(r"\bdrown(?:ing)? <SELF>\b(?! in )"),
    Rule(r"\b(?:take|taking|took|takes) my (?:own )?life\b"),
    Rule(r"\bend(?:ing|ed|s)? my (?:own )?life\b"),
    Rule(r"\bend(?:ing)? it all\b"),
    Rule(
        r"\b(?<!se )suicid\w*\b",
        unless=r"\bsuicid\w* (?:prevention|awareness|statistics|stats|rates?|research|"
        r"training|walk|squad|bombers?|bombing|among|in (?:the|our|this) (?:us|country|city))\b|"
        r"\b(?:rate|rates|tasa|tasas|casos|prevencion|estadisticas|indice|numero) "
        r"(?:of|de) suicid\w*",
    ),
    # Wanting, hoping, planning, deserving: near a death.
    Rule(r"\b<WANT> (?:<FILL> ){0,4}<TO><DEATH>\b"),
    Rule(r"\bi (?:just )?(?:want|wanna|wish) (?:it all|everything) (?:to )?(?:end|stop|be over)\b"),
    Rule(r"\b(?:feel|feeling|felt|feels) like (?:just )?dying\b"),
    Rule(
        r"\b(?:think|thinking|thought|thoughts|fantasi\w+|dream\w*|daydream\w*|obsess\w*|"
        r"preoccupied|consider|considering|considered|contemplat\w+|imagining|imagine|"
        r"imagined) (?:a lot |constantly |all the time |so much |again |seriously |often )?"
        r"(?:about |of |with )?(?:dying|being dead|my (?:own )?death|not existing|"
        r"not being (?:here|alive|around)|no longer existing|ending it(?: all)?|"
        r"ending things|ending everything|ending my (?:own )?life|taking my (?:own )?life|"
        r"jumping<END>|jumping off|overdosing|how to die|ways to die|"
        r"(?:how|where|when) (?:i would|id|to|ill|i will) do it|crashing (?:my|the) car|"
        r"driving (?:off|into)|"
        r"walking into traffic|stepping in front|not waking up|never waking up|"
        r"disappearing forever|my (?:own )?funeral|how to kill <SELF>|"
        r"(?:the|my) (?:rope|noose|gun|pistol|razor|blade|blades|bridge) (?:in|on|at|under)|"
        r"walking into (?:the )?(?:ocean|sea|lake|river|water|traffic)|"
        r"taking (?:all|every one) (?:of )?my <DRUG>)\b"
    ),
    Rule(
        r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali[sz]\w*) "
        r"<SELF> (?:hanging|dead|dying|jumping|in a coffin|bleeding out|overdosing|falling|"
        r"drowning|with a gun|on the tracks|at the bottom)\b"
    ),
    Rule(
        r"\b(?:would|will|d|could|ll) (?:all |probably |just |easily )*(?:move on|be fine|"
        r"be okay|be ok|be better|be happier|be relieved|manage|carry on|get over it|forget me|"
        r"be free|thrive|do better|cope|be at peace) without me\b"
        r"(?! (?:for|at|on|this|tonight|today|tomorrow|while|during|until)\b)"
    ),
    Rule(
        r"\b(?:want|wanted|wanna|need) out(?: (?:of (?:this life|life|this world|everything|"
        r"existence|here)|permanently|forever|for good)| [.,] (?:permanently|forever|for good))\b"
    ),
    Rule(
        r"\b(?:when|after|once) i (?:die|am dead|m dead|am gone|m gone|pass)\b[^.!?]{0,20}?"
        r"\b(?:please|give|take care|look after|tell|make sure|donate|you can have|keep|feed)\b"
    ),
    Rule(
        r"\b(?:tonight|today|tomorrow|this weekend|friday|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday) ?(?:is|s|will be) the (?:night|day)<END>"
    ),
    Rule(
        r"\b(?:welcome|welcoming|embrace|long for|longing for|crave|craving|yearn for|"
        r"yearning for|pray for|praying for|hope for|hoping for|wish for|wishing for) "
        r"(?:death|my death|the sweet release|the end<END>)\b"
    ),
    Rule(
        r"\b(?:my|both my) (?:arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|body) "
        r"(?:are|is|were|was) (?:covered in|full of|bleeding from|all) (?:fresh |new |deep )?"
        r"(?:cuts|scratches|burns|wounds|gashes|slashes)\b"
    ),
    Rule(
        r"\b(?:fresh |new |deep )?(?:cuts|burns|gashes|slashes) (?:on|all over|across|"
        r"up and down) (?:my|both my) (?:arm|arms|wrists?|thighs?|legs?|skin|stomach|body)\b",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\b(?:going to|gonna|want to|wanna|about to|could just|will|ill|should just|urge to|"
        r"tempted to|thinking about|thought about) jump(?:ing)?<END>"
    ),
    Rule(r"\bforgive me for what (?:im|i am|i have|ive got) (?:about |going |gonna )?(?:to )?do\b"),
    Rule(
        r"\b(?:lucky|hope|hoping|wish|pray|praying|want|wanna|nice|better|easier|okay|ok|fine|"
        r"relief|peaceful|rather|if only|maybe|happy|glad|grateful)\b(?: <W>){0,6}? (?:not|never|"
        r"dont|didnt|wont|"
        r"wouldnt) wake up\b(?! (?:until|till|in time|on time|early|for|when|at))"
    ),
    Rule(
        r"\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|ll|might|may|could) "
        r"do something (?:stupid|drastic|permanent|i cant take back)\b|"
        r"\b(?:going|gonna|about|want|tempted) to do something (?:stupid|drastic|permanent)\b"
    ),
    Rule(r"\bdo something (?:drastic|permanent)\b"),
    Rule(
        r"\bwhy (?:bother )?(?:living|going on|keep living|keep going|stay alive|be alive|"
        r"wake up)<END>"
    ),
    Rule(
        r"\b(?:cant|cannot|dont|do not) (?:find|see|think of|have) (?:a|any|one|a single) "
        r"(?:reason|purpose) to (?:live|stay|go on|keep going|be alive|stay alive)\b"
    ),
    Rule(
        r"\b(?:nobody|no one|noone|none of them) (?:would|will|is going to)? ?(?:even |really )?"
        r"(?:miss|notice|care about|mourn|cry for) me\b(?! (?:at|when|while|for|during|on))"
    ),
    Rule(
        r"\b(?:wont|wouldnt|would not|will not) (?:even |really )?(?:miss|notice|mourn) me\b"
        r"(?! (?:at|when|while|for|during|on))"
    ),
    Rule(
        r"\b(?:cant|cannot|cant even) (?:imagine|picture|see) a version of me (?:that|who) "
        r"(?:survives|makes it|lives|gets through|is still here|is still alive)\b"
    ),
    Rule(
        r"\b(?:cant|cannot|cant even) (?:imagine|picture|see) (?:<SELF> )?(?:living|being alive|"
        r"still being here|surviving|getting old|making it)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant) see <SELF> (?:alive|being alive|living|still here|around|"
        r"making it) (?:in|by|at|next|much longer|for long|a year from now)\b"
    ),
    Rule(
        r"\b(?:wont|will not|im not going to|im not gonna|dont think ill) make it (?:to|through|"
        r"past) (?:my birthday|christmas|the (?:weekend|week|month|year|holidays|summer)|"
        r"next (?:week|month|year))\b"
    ),
    Rule(
        r"\b(?:im|i am) ending (?:it|things|everything|my life)<END>|\bending (?:it|things|"
        r"everything)(?= (?:tonight|today|now|soon|for good|this week|this weekend|tomorrow))"
    ),
    Rule(r"\bplanning my (?:exit<END>|death|suicide|own death)"),
    Rule(
        r"\b(?:dont|do not|no longer|dont really|dont even|never|didnt|did not) "
        r"(?:want|wanna|wish) (?:to )?(?:be alive|exist|keep living|stay alive|keep existing|"
        r"go on existing|continue existing|"
        r"live(?! (?:in|near|at|on|with|there|"
        r"abroad|together|alone|somewhere|anywhere|downtown|here|without))|"
        r"be here(?! (?:at|in|for|with|on|when|today|right now))|"
        r"wake up(?: ever| again| anymore| tomorrow|<END>)|"
        r"(?:go on|keep going|carry on|continue|do this|do life|keep doing this|fight)<END>|"
        r"be around<END>)"
    ),
    Rule(
        r"\b(?:care|cares|cared|caring) (?:if|whether) i (?:live or die|lived or died|die|died|"
        r"wake up|make it|live<END>)"
    ),
    Rule(r"\b(?:hate|hating) (?:being alive|living|existing|my life|my existence)\b"),
    Rule(r"\b(?:hate|hating) waking up<END>"),
    Rule(r"\b(?:lost|losing|lose|no|without|lack|lacking) (?:all |any )?(?:the )?will to live\b"),
    Rule(r"\bdark thoughts\b"),
    Rule(
        r"\b(?:dont know|not sure|unsure|no idea) (?:if|whether) i (?:want to|wanna|can|will|"
        r"should) (?:live|keep living|go on|be alive|stay alive|keep going|survive|make it)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant|cannot) trust (?:<SELF>|me) (?:to (?:be|stay|keep <SELF>) safe|"
        r"alone|tonight|right now|around|with|not to)\b"
    ),
    Rule(
        r"\b(?:im not|i am not|i dont feel|i do not feel|not feeling|i might not be|i wont be|"
        r"dont feel) safe (?:right now|tonight|anymore|with <SELF>|around <SELF>|from <SELF>|"
        r"alone|being alone|by <SELF>)\b"
    ),
    Rule(
        r"\b(?:scared|afraid|frightened|worried|terrified) (?:of|about) what i (?:might|could|"
        r"will|may|would) do\b"
    ),
    Rule(
        r"\b(?:cant|cannot) promise (?:ill|i will|i can|to|that ill) (?:be|stay|keep <SELF>) safe\b"
    ),
    Rule(r"\b(?:im|i am|i|ive) (?:just )?(?:giving up|give up|gave up|given up)<END>"),
    Rule(r"\bwouldnt (?:mind|care about) (?:dying|being dead|not waking up|if i died)\b"),
    Rule(
        r"\b(?:cant|cannot|can not|couldnt|can no longer|dont think i can|not sure i can|"
        r"dont know if i can|dont know how (?:much )?longer i can) (?:go on|keep going|"
        r"keep living|live like this|keep doing this|keep fighting|survive this|"
        r"carry on|do this|take (?:it|this)|handle (?:it|this|life)|bear (?:it|this)|"
        r"cope|hold on|take much more|do life)"
        r"(?:<END>|(?= (?:like this|this way|living)\b))"
    ),
    # Better off, burden, no way out, no point.
    Rule(
        r"\b(?:better|happier|easier) (?:off )?(?:for everyone )?(?:without me|dead|gone|"
        r"not here|not existing|not alive|never born|with me gone|when im gone|once im gone|"
        r"if im gone)\b"
    ),
    Rule(r"\b" + _IF_GONE + r"\b[^.!?]{0,60}?\b" + _IF_GONE_WITH + r"\b"),
    Rule(r"\b" + _IF_GONE_WITH + r"\b[^.!?]{0,60}?\b" + _IF_GONE + r"\b"),
    Rule(
        r"\b(?:im|i am|i feel like|feel like|being|become|became|im just|im only|"
        r"im nothing but|ill always be|i will always be)(?: im)?"
        r"(?: (?!carrying|carry|carried|bearing|shouldering|holding|lifting|sharing|"
        r"dropping|dropped|putting|put|set|setting|releasing|released)<W>){0,2} "
        r"(?:a |such a |just a |only a |nothing but a )?(?:burden|waste of (?:space|air|"
        r"oxygen|skin|a life|life))\b"
    ),
    Rule(r"\bburden (?:to|on|for) (?:everyone|everybody|them|others|you all|my \w+)\b"),
    Rule(
        r"\bwont be (?:a burden|a problem|bothering anyone|in anyones way)? ?(?:to anyone )?"
        r"(?:for )?(?:much longer|for long|anymore|soon)\b"
    ),
    Rule(
        r"\b(?:feel like|want to|wanna|ready to|about to|going to|gonna) (?:just )?give up<END>|"
        r"\b(?:feel like|felt like) giving up<END>"
    ),
    Rule(
        r"\b(?:im|i am|i feel|i think im|im finally) (?:so |finally |just )?ready to go<END>",
        unless=r"\b(?:trip|airport|packed|bags|vacation|holiday|party|work|school|car|out|"
        r"gym|run|hike|flight|home|session|appointment|concert|game|dinner)\b",
    ),
    Rule(
        r"\b(?:no|see a|find a|see no|any) way out\b(?! (?:but|is|except) through)"
        r"(?! of (?:this|the|my|our) "
        r"(?:lease|contract|meeting|deal|traffic|job|mortgage|plan|subscription|parking))"
    ),
    Rule(
        r"\bno (?:point|reason|purpose|use) (?:in |of |to |for )?(?:living|life|going on|"
        r"keep(?:ing)? (?:going|living)|being alive|being here|existing|anything anymore|"
        r"me being here|live|continue|continuing|trying anymore|carrying on|it all|"
        r"staying alive|waking up)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant|cannot|no longer|never|dont really) (?:see|find|feel) "
        r"(?:the|any|a|much) (?:point|reason|purpose|use) (?:in |of |to |for )?(?:living|life|"
        r"going on|keep(?:ing)? (?:going|living)|being alive|being here|existing|anything|"
        r"staying alive|waking up|trying anymore|any of it|me being here|live)\b"
    ),
    Rule(r"\bsee no (?:point|reason|purpose|future|way forward|hope)\b"),
    Rule(
        r"\b(?:cant|cannot|dont|do not) see (?:a|any) (?:future|way forward|light at the end|"
        r"reason to (?:live|stay|go on|keep going))\b"
    ),
    Rule(
        r"\bwhats the (?:point|use)(?: (?:of|in))? (?:living|life|going on|being alive|"
        r"existing|anything|any of it|trying|anymore|me|waking up|staying alive)\b"
    ),
    Rule(r"\bwhats the point(?= [.«]|$)"),
    Rule(r"\bnothing (?:left )?to live for\b"),
    Rule(
        r"\b(?:life|living|my life) (?:is|isnt|aint|is not|feels|seems) (?:not worth living|"
        r"not worth it|pointless|meaningless|unbearable|hopeless)\b"
    ),
    Rule(r"\b(?:not|isnt|no longer|never|aint) worth living\b"),
    Rule(
        r"\b(?:no (?:hope|future) (?:left|anymore|for me|at all)|"
        r"(?:i have|ive got|theres|there is) no (?:hope|future)(?! (?:for|of|in) (?:the|my|our|"
        r"this) "
        r"(?:team|weather|project|relationship|car|plan|garden)))\b"
    ),
    Rule(
        r"\b(?:nothing|it|things) (?:will|is going to|is gonna) (?:ever|never) (?:get|be) better\b"
    ),
    Rule(
        r"\b(?:i feel|im|i am|feeling|feel|i felt) (?:so |completely |totally |utterly |just |"
        r"really |very )?hopeless\b(?! (?:at|about|with|when it comes))"
    ),
    Rule(r"\b(?:everything|it all|life) (?:is|feels|seems) hopeless\b"),
    Rule(
        r"\b(?:tired|sick|exhausted|done|finished) (?:of|with) (?:(?:living|life|being alive|"
        r"existing|existence|this life|trying to stay alive|fighting to stay alive|being me|"
        r"it all)\b(?! (?:at|in|about|on|as|here|there|with|without|at work)\b)|"
        r"(?:everything|waking up|being here|fighting|trying)<END>)"
    ),
    Rule(
        r"\b(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive|"
        r"getting better|me|it all|the world|ever feeling better)\b"
    ),
    Rule(
        r"\bwhy (?:am i|im|i am|do i|should i|would i) (?:even |still )+(?:alive|here|living|"
        r"breathing|bother living|keep living|keep going|stay alive|exist)\b"
        r"(?! (?:at|in|on|with|for|after|doing))"
    ),
    Rule(r"\bwhy (?:am i|im|i am) (?:alive|living|breathing)\b"),
    Rule(r"\bwhy (?:do i|should i|would i) (?:keep living|stay alive|exist|bother living)\b"),
    Rule(
        r"\b(?:should (?:have|of|ve) died|shouldnt (?:be alive|exist|be here|have been born|"
        r"have survived|still be alive)|(?:dont|do not|dont even) deserve to (?:live|be alive|"
        r"exist|be here|wake up))\b"
    ),
    Rule(
        r"\b(?:death|dying|being dead|not existing|not waking up|not being (?:here|around|alive)|"
        r"disappearing|"
        r"being gone|no longer existing) (?:would be|sounds|seems|"
        r"feels like|is) (?:like )?(?:a relief|peaceful|nice|better|easier|welcome|freedom|"
        r"the answer|the only (?:way|option|answer)|the way out|an escape|a way out)\b"
    ),
    Rule(
        r"\b(?:death|dying|suicide|killing <SELF>|ending it|ending my life|not existing) "
        r"(?:is|seems|feels like|would be|looks like)(?: <W>){0,2} (?:the )?(?:only |best |one )?"
        r"(?:way out|answer|option|solution|escape|choice|way to (?:make it stop|stop the pain))\b"
    ),
    Rule(
        r"\b(?:only|best|one|last) (?:way out|answer|option|solution|escape|choice) "
        r"(?:is|would be|left is|left) (?:to )?(?:death|dying|die|suicide|kill <SELF>|end it|"
        r"ending it|ending my life|not existing|not being here)\b"
    ),
    Rule(
        r"\b(?:thought of |idea of )?(?:death|dying|not existing|not waking up|not being (?:here|"
        r"around|alive)|disappearing|"
        r"being gone|no longer existing|being dead) "
        r"(?:is|feels|sounds|seems|would be|has become) (?:so |more and more |really |kind of )?"
        r"(?:comforting|appealing|tempting|attractive|peaceful|like a relief|welcome|"
        r"inviting|like freedom)\b"
    ),
    Rule(r"\bdeath wish\b"),
    Rule(
        r"\b(?:looking into|researching|research|looked into|figuring out|figure out|trying to) "
        r"(?:how to |where to )?(?:get|buy|getting|buying|obtain) (?:a |some )?(?:gun|firearm|"
        r"pistol|handgun|rope|noose|helium)\b",
        unless=r"\b(?:hunting|range|license|permit|climbing|camping|sailing)\b",
    ),
    Rule(
        r"\b(?:dont|do not) (?:plan|intend|expect) (?:on|to) (?:being|be) (?:here|around|alive)\b"
        r"|\bwont be (?:here|around|alive) for (?:christmas|my birthday|the holidays|"
        r"thanksgiving|new year|next year|her birthday|his birthday|summer)\b"
    ),
    Rule(r"\b(?:cant|cannot|dont) (?:imagine|see|picture) (?:a|any) future\b"),
    Rule(r"\b(?:feels|seems|looks) like the only (?:way out|option|answer|solution|escape)<END>"),
    Rule(
        r"\b(?:left|leaving|leave|got|getting|put|putting) everything (?:in order|sorted|arranged|"
        r"ready|organi[sz]ed) for (?:my (?:kids|children|family|wife|husband|partner)|them|"
        r"when|after)\b",
        unless=r"\b(?:trip|vacation|holiday|move|moving|surgery|babysitter|sitter)\b",
    ),
    Rule(
        r"\bmade <SELF> (?:bleed|bruise|suffer|hurt)\b|\btook (?:a|the|my) (?:blade|razor|knife) "
        r"to my\b"
    ),
    Rule(
        r"\bonly (?:thing|reason|one|ones) (?:stopping|keeping|holding) me "
        r"(?:here |alive |back |going )?(?:from (?:doing it|ending it|killing <SELF>|it) )?"
        r"(?:is|are)\b"
    ),
    Rule(
        r"\bif (?:it )?(?:werent|wasnt|were not|was not) for (?:my |the )?\w+,? "
        r"(?:i(?:d| would)) (?:be gone|be dead|not be here|have (?:done it|ended it|killed <SELF>|"
        r"given up|gone through with it))\b"
    ),
    Rule(
        r"\b(?:so|that) (?:nobody|no one|my family|they|my \w+) (?:has|have|wont have|doesnt have|"
        r"dont have) to (?:deal with|clean|do it|sort|worry)\b[^.!?]{0,30}?\b(?:after|afterwards|"
        r"when im gone|once im gone|later)\b"
    ),
    Rule(
        r"\b(?:pretending|pretend|fake|faking) (?:that )?(?:i want|to want) (?:to )?(?:be here|"
        r"live|be alive|stay|keep going)\b"
    ),
    Rule(r"\b(?:feel|feels|felt) like (?:im|i am|i was) already dead\b"),
    Rule(r"\buntil i (?:can )?(?:end (?:it|this|things|everything)|die|go through with it)\b"),
    Rule(
        r"\b(?:plan|planning|want|going|gonna|thinking|thought|tempted|urge)\b[^.!?]{0,40}?"
        r"\bwalk (?:into|in) the (?:ocean|sea|water|lake|river|waves)\b"
    ),
    Rule(
        r"\b(?:date|day) picked out\b",
        unless=r"\b(?:wedding|party|trip|move|appointment|surgery|vacation|meeting|dinner|"
        r"birthday|interview|launch|ceremony|session|retreat|class|reunion|visit)\b",
    ),
    Rule(
        r"\b(?:practicing|practiced|practice|learning|learned|learnt) (?:to tie|tying|how to tie) "
        r"(?:a |the )?(?:knots?|noose|slipknot|hangmans knot)\b",
        unless=r"\b(?:sailing|sail|boat|scouts?|climbing|fishing|macrame|camping|knot class)\b",
    ),
    Rule(
        r"\b(?:not|no longer|not even) (?:afraid|scared) (?:to die|of dying|"
        r"of death)\b[^.!?]{0,20}?"
        r"\b(?:i want it|i welcome it|im ready|bring it on|i look forward|i hope for it)\b"
    ),
    Rule(
        r"\b(?:slam|slammed|slamming|bang|banged|banging|hit|hitting) my head (?:against|into|on) "
        r"(?:the |a )?(?:wall|floor|door)\b[^.!?]{0,30}?\b(?:until|till|on purpose|again|"
        r"over and over|repeatedly)\b"
    ),
    Rule(r"\bim sorry\b[^«]{0,60}?\b(?:goodbye|good bye|farewell)\b"),
    Rule(
        r"\b(?:swallow|swallowing|swallowed|take|taking|took) (?:everything|all|whatever is) "
        r"in (?:the|my) (?:medicine cabinet|cabinet|bottle|drawer)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\b(?: <WO>){0,4} (?:my )?heart "
        r"(?:gives out|would give out|will give out|stops|would stop|will stop|would just stop)\b"
    ),
    Rule(
        r"\b(?:not sure|dont know if|dont think|no idea if|doubt) i can (?:survive|make it through|"
        r"get through|last|take|do|handle) another (?:day|night|week|month|year)\b|"
        r"\b(?:cant|cannot) (?:survive|take|do|handle) another (?:day|night|week|month|year)\b"
    ),
    Rule(
        r"\b(?:better|happier|easier|lighter|nicer|more peaceful) (?:place|world|life|off|"
        r"for (?:everyone|everybody|them|all))? ?without me\b"
    ),
    Rule(r"\b(?:unless|until|so) i end (?:it|things|my life|everything|it all)\b"),
    Rule(
        r"\b(?:garage|car) (?:with|and) (?:the )?(?:car|engine|motor) (?:running|on)\b|"
        r"\b(?:car|engine) running in (?:the|a|my) (?:closed |shut )?garage\b"
    ),
    Rule(
        r"\b(?:bought|buy|buying|got|ordered|picked up|stocked up on|stocking up on|collected)"
        r" (?:a lot of|lots of|tons of|so much|extra|several bottles of|bottles of|boxes of|"
        r"a bunch of|a stockpile of|a huge bottle of|a big bottle of|enough) <DRUG>\b",
        unless=r"\b(?:for (?:the|my|our) (?:kids|trip|family|cold|flu|headache|cabinet|office)|"
        r"costco|sale|coupon|pharmacy job)\b",
    ),
    Rule(
        r"\b(?:go to sleep|sleep|fall asleep|close my eyes|leave|go away|walk away|drift off) "
        r"and never (?:come back|wake up|open them again|return)\b"
    ),
    Rule(r"\b(?:made|make|making) my peace\b[^.!?]{0,40}?\bready to go\b"),
    Rule(
        r"\b(?:getting rid of|got rid of|get rid of) (?:all (?:of )?my|everything i own|"
        r"all my) (?:stuff|things|belongings|possessions)\b",
        unless=r"\b(?:old|moving|move|declutter\w*|minimalis\w*|garage sale|yard sale)\b",
    ),
    Rule(
        r"\btime for me to go\b[^«]{0,40}?\b(?:sorry|goodbye|forgive|love you)\b|"
        r"\b(?:sorry|goodbye|love you all)\b[^«]{0,40}?\btime for me to go\b"
    ),
    Rule(r"\b(?:i|ill) (?:wont|will not) be (?:here|around)<END>"),
    Rule(
        r"\b(?:bleeding|bled|bleeds)\b[^.!?]{0,40}?\bon purpose\b|\bon purpose\b[^.!?]{0,40}?"
        r"\b(?:bleeding|bled)\b|\bmy (?:wrist|wrists) (?:is|are|was|were) bleeding\b"
    ),
    Rule(
        r"\b(?:with|using) (?:a|the|my) (?:blade|razor|razor blade|lighter|box cutter)\b",
        unless=r"\b(?:shav\w*|cook\w*|kitchen|candle|candles|grill|stove|box|boxes|package|"
        r"packages|craft|crafts|wood|cake|onion|vegetables|legs? hair)\b",
    ),
    Rule(
        r"\b(?:the|my) blades?\b",
        unless=r"\b(?:grass|skate|skates|shoulder|lawn|mower|fan|wiper|wipers|runner|saw|"
        r"blender|sharpen\w*|kitchen|hockey|ice|roller|propeller|windmill|razor for|"
        r"shaving|shave|replace|replaced|dull|knife set|food processor)\b",
    ),
    Rule(
        r"\b(?:keep|kept|carry|carrying|hid|hide|hidden|hiding|have|bought) (?:a |my |the )?"
        r"(?:knife|knives|scissors) (?:under my pillow|in my (?:bed|nightstand) for|hidden)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?something (?:bad )?(?:will |"
        r"would )?"
        r"(?:happens?|happened) to me\b"
    ),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying) (?:<W> ){0,3}(?:would|will|could) "
        r"(?:just )?take me\b"
    ),
    Rule(
        r"\b(?:death|dying|being dead|not existing|not waking up)(?: <W>){1,4} (?:would be|sounds|"
        r"seems|feels) (?:so |really |kind of )?(?:nice|peaceful|like a relief|a relief|better|"
        r"easier|welcome|comforting|appealing|tempting)\b"
    ),
    Rule(
        r"\bmy (?:death|dying|suicide|absence|being gone) (?:would|will|could) (?:make|be|give|"
        r"free|help|fix|solve|end)\b"
    ),
    Rule(r"\b(?:i|we) welcome death\b"),
    Rule(r"\bexcept (?:dying|death|killing <SELF>|suicide)\b"),
    Rule(
        r"\b(?:i|ive|i have|i had) attempted(?= (?:[.,«]|last|in|again|before|twice|once|and|"
        r"years|months|when|a few|two|three|several|\d)|$)"
    ),
    Rule(
        r"\bmy (?:last |first |previous |second |third |recent )?attempt\b(?! (?:at|to|of|on|"
        r"in making))"
    ),
    # Means: acquisition, hoarding, researching, taking everything at once.
    Rule(
        r"\b(?:bought|buy|buying|got|get|getting|have|had|found|ordered|picked up|tied|tie|"
        r"tying|made|make|hung|hang|hanging|put up|set up|purchased|keep|kept)"
        r"(?: (?!for\b)<W>){0,2} (?:rope|noose)\b",
        unless=r"\b(?:jump|jumping|skipping|climbing|tow) ropes?\b|\brope (?:swing|course|toy|"
        r"ladder)\b|\b(?:for|to) (?:the |my |a |our )?(?:tent|boat|hammock|swing|clothesline|"
        r"laundry|dog|garden|camping|gym|yard|tarp|kayak|crossfit|workout|cardio|exercise|"
        r"climbing|sailing|hanging (?:the )?(?:laundry|clothes|plants))\b",
    ),
    Rule(r"\bnoose\b"),
    Rule(
        r"\b(?:looking at|staring at|stare at|look at|stared at|looked at|holding|hold|held|"
        r"touching|"
        r"checking on|thinking about|think about|keep eyeing|eyeing) (?:the|my|a|that) "
        r"(?:rope|noose|gun|pistol|razor|blade|blades|bottle of <DRUG>|stash|pills|meds)\b",
        unless=r"\b(?:jump rope|rope swing|climbing|nerf|water gun|glue gun)\b",
    ),
    Rule(
        r"\b(?:need|have|had|get|find|found|work up|build up|building up|lack|lacking|"
        r"dont have|gather|gathering|summon) (?:the |enough )?(?:courage|guts|nerve)"
        r"(?: to (?:do it|go through with it|end it|kill <SELF>|jump|pull the trigger|die))?<END>"
    ),
    Rule(
        r"\bhow (?:easy|simple|quick|peaceful|nice|painless|fast) it (?:would|could|d) be to "
        r"(?:just )?(?:die|end it|drive into|drive off|jump|crash|take (?:them|it|all)|swallow|"
        r"overdose|not wake up|disappear|stop|step in front|let go|pull the trigger|hang|cut)"
    ),
    Rule(r"\b(?:its|it is|its all|it is all) over for me<END>|\bim done for<END>"),
    Rule(
        r"\blooking forward to (?:dying|death|my death|the end<END>|not existing|"
        r"not waking up|being dead)\b|\b(?:dying|death)\b[^.!?]{0,40}?\blooking forward to it\b"
    ),
    Rule(
        r"\bwhat if i (?:just )?(?:didnt|never|dont|did not) wake up\b|"
        r"\bwhat if i (?:just )?(?:died|disappeared|ended it|wasnt here|killed <SELF>)<END>"
    ),
    Rule(
        r"\b(?:bought|buy|buying|got|get|getting|have|keep|kept|loaded|load|loading|"
        r"found|ordered|purchased|holding|held)(?: (?!(?:glue|nerf|water|squirt|toy|heat|"
        r"staple|nail|paint|spray|massage|hot glue)\b)\w+){0,2} (?:gun|pistol|revolver|"
        r"handgun|firearm|shotgun|rifle)\b(?! (?:range|safety|class|course|show|license))",
        unless=r"\b(?:hunting|range|deer|duck|lessons?)\b",
    ),
    Rule(
        r"\b(?:gun|pistol|barrel|knife|blade|razor|razors|blades|scissors) (?:to|against|in|"
        r"on|across) my (?:head|temple|mouth|wrist|wrists|throat|chest|neck|arm|arms|skin|"
        r"thigh|thighs|leg|legs|stomach)\b"
    ),
    Rule(
        r"\b(?:slit|slitting|slice|slicing|sliced|cut|cutting|open|opening|opened) "
        r"(?:my|both|both my) wrists?\b"
    ),
    Rule(
        r"\b(?:sav|stockpil|hoard|collect|stash|squirrel|hid|hiding|gather|count)\w* "
        r"(?:up |away )?(?:(?!(?:on|for|money|time|to|in|by|a)\b)\w+ ){0,3}<DRUG>\b",
        unless=r"\b(?:pill organi[sz]er|pillbox|pill box|for the (?:week|trip)|coupon|refill|"
        r"from (?:the|my|our) (?:dog|cat|kids|children|baby|toddler|puppy|grandkids)|"
        r"(?:pharmacist|pharmacy tech|nurse|doctor) (?:counted|counts|count))\b",
    ),
    Rule(
        r"\benough (?:<W> ){0,2}<DRUG> (?:to (?:do it|die|end it|kill|not wake|od|overdose|"
        r"make sure|be sure|finish)|saved|stashed|hidden|put away)\b"
    ),
    Rule(r"\bcount\w* (?:<W> ){0,2}<DRUG>\b[^.!?]{0,40}\benough\b"),
    Rule(
        r"\bhow (?:many|much) (?:<W> ){0,2}<DRUG>(?: <W>){0,3} (?:would it take|does it take|"
        r"it takes|it would take|would kill|to kill|would be (?:lethal|fatal|enough)|"
        r"is (?:lethal|fatal|a lethal)|to (?:die|od|overdose|not wake up|end it|be lethal|"
        r"be fatal))\b"
    ),
    Rule(
        r"\b(?:looked up|look up|looking up|googled|google|googling|searched|searching|search|"
        r"research|researched|researching|read up on|reading up on|reading about|"
        r"checked|checking|asked (?:ai|chatgpt|the internet)) (?:<W> ){0,3}"
        r"(?:how (?:many|much) <DRUG>|how many pills|lethal|fatal|overdos\w+|"
        r"how to (?:die|kill|hang|overdose|od|end it|tie a noose|do it)|ways to (?:die|kill|"
        r"end it)|painless|methods)\b"
    ),
    Rule(
        r"\b(?:lethal|fatal|deadly) (?:dose|doses|amount|overdose)\b",
        unless=r"\b(?:reassur\w*|safety|clinical|higher than|far (?:from|above)|nowhere near|"
        r"margin)\b",
    ),
    Rule(
        r"\b(?:painless|easiest|quickest|best|fastest|surest|least painful) (?:way|ways|method|"
        r"methods) to (?:die|go|end it|kill <SELF>|do it)\b"
    ),
    Rule(r"\bways to (?:die|kill <SELF>|end (?:it|my life))\b"),
    Rule(r"\bhow to (?:kill <SELF>|end it all|end my life|hang <SELF>|tie a noose|slit)\b"),
    Rule(
        r"\b(?:took|take|taking|swallowed|swallow|swallowing|downed|down|chugged)"
        r"(?: <W>){0,2} (?:the whole|a whole|an entire|the entire|a handful of|handfuls of|"
        r"way too many|too many|a bunch of|dozens of|every|all (?:of )?(?:my|the|these|those) "
        r"\w+ at once|all (?:of )?(?:my|the|these|those) <DRUG> at once)"
        r"(?: <W>){0,2} (?:<DRUG>|bottle|pill|bottles)\b",
        unless=r"\b(?:as prescribed|every (?:morning|day|night)|on time|with (?:food|breakfast|"
        r"water)|vitamins?|gummies)\b",
    ),
    Rule(r"\b(?:took|swallowed|downed) all (?:of )?(?:my|the) <DRUG> at once\b"),
    Rule(
        r"\b(?:want|wanted|wanna|going|gonna|plan|planning|tempted|urge|urges|thinking about|"
        r"thought about|think about|thinking of|could|might|should|considering|ready) (?:to )?"
        r"(?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:all|every one|everything|"
        r"the rest|the whole|all of)(?: of)?(?: my| the| these| those)?(?: <W>)? (?:<DRUG>|bottle|"
        r"pills|pill|bottles|prescription)\b"
    ),
    Rule(
        r"\b<DRUG>(?: <W>){0,2} (?:lined up|laid out|counted out|spread out|in front of me|"
        r"on my (?:desk|nightstand|bed|table) ready|ready)\b",
        unless=r"\b(?:pharmacy|pickup|pick up|refill|trip|travel|morning|tomorrow morning)\b",
    ),
    Rule(
        r"\b(?:od|ods|odd|overdose|overdoses|overdosing|overdosed)\b(?! on (?:coffee|"
        r"caffeine|sugar|candy|chocolate|cake|netflix|tv|sun|carbs|cuteness|vitamins|work|"
        r"cookies|sweets))",
        unless=r"\b(?:accidental|accidentally|narcan|naloxone|(?:opioid|overdose|drug|fentanyl) "
        r"(?:crisis|epidemic)|epidemic|prevention|reversal|statistics|deaths|rates?|county|news)\b",
    ),
    Rule(
        r"\b(?:jump|jumping|jumped|leap|leaping|throw <SELF>|throwing <SELF>|threw <SELF>|"
        r"step|stepping|walk|walking|lie down|lying down|lay down) (?:off|from|in front of|"
        r"out of|out|into|under|onto|on) (?:a |the |my |this |that |our )?(?:\w+ )?"
        r"(?:bridge|building|roof|rooftop|balcony|cliff|ledge|window|overpass|tower|"
        r"parking garage|train|bus|truck|traffic|subway|tracks|train tracks|highway|freeway|"
        r"oncoming traffic|floor)\b"
    ),
    Rule(
        r"\b(?:stood|standing|stand|sat|sitting|climbed|climbing|leaned|leaning) (?:on|at|over|"
        r"up on|on top of) (?:the |a )?(?:edge|ledge|railing|rail)\b"
    ),
    Rule(
        r"\b(?:crash|crashing|crashed|drive|driving|drove|swerve|swerving|swerved|steer|"
        r"steering|steered)(?: <W>){0,3} (?:on purpose|into (?:oncoming traffic|(?:a|the) (?:wall|"
        r"tree|"
        r"pole|truck|bridge|river|lake|ocean))|off (?:a|the) (?:cliff|bridge|overpass))\b"
    ),
    Rule(r"\binto oncoming traffic\b"),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying|want|wanting)(?: that)? (?:a|the|some) "
        r"(?:car|bus|truck|train|plane|meteor|asteroid|lightning|bullet) (?:would |will |could )?"
        r"(?:just )?(?:hit|hits|kill|kills|crush|run over|take) me\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|would get|will get) "
        r"(?:hit|run over|killed|shot|cancer)\b"
    ),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying|want|wanting) (?:<W> ){0,3}(?:would |will |"
        r"to |could )?(?:just )?(?:kill|kills|end|ends) me\b"
    ),
    # Plans and timing.
    Rule(
        r"\b(?:a|the|my) plan (?:to|for|on) (?:how to )?(?:die|dying|end|ending|kill|killing|"
        r"take my|taking my|suicide|do it|doing it|not be here|overdose|jump)\b"
    ),
    Rule(
        r"\b(?:know|decided|figured out|worked out|planned|planning|picked|chosen|chose) "
        r"(?:exactly )?(?:how|when|where) (?:i(?:ll| will| would|d|m going to|m gonna)|to) "
        r"(?:do it|end it|kill <SELF>|die)\b"
    ),
    Rule(
        r"\b(?:picked|chose|chosen|set|have|got|decided on) (?:a|the|my) (?:date|day|time|night|"
        r"place|spot)(?: <W>){0,3} (?:to do it|to end it|to die|to kill <SELF>|"
        r"to go through with it|(?:im|i am) (?:going to|gonna) do it|ill do it|i will do it)\b"
    ),
    Rule(r"\btonights the night\b(?! (?:of|for|we|to|my|our))"),
    Rule(
        r"\b(?:i have|ive got|i made|ive made|i came up with|i have made) a plan<END>|"
        r"\bknow (?:how and when|when and how|how and where|where and when)\b"
    ),
    Rule(
        r"\b(?:picked|chose|chosen|set) (?:a|the) (?:day|date)\b",
        unless=r"\b(?:wedding|party|trip|move|moving|appointment|surgery|vacation|meeting|"
        r"dinner|birthday|interview|launch|ceremony|session|retreat|class|date night|"
        r"reunion|visit|baby|due|closing)\b",
    ),
    Rule(r"\b(?:how|where|when) (?:i(?:d| would| will|ll|m going to|m gonna)) do it\b"),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leave|finished) (?:a|my|the) (?:final |last |"
        r"goodbye |farewell )?note(?: (?:for|to) (?:my|everyone|whoever|the|them|you)|<END>)",
        unless=r"\b(?:thank|thanks|grocery|shopping|birthday|fridge|teacher|school|sticky|"
        r"reminder|doctor|lunch|class|meeting)\b",
    ),
    Rule(
        r"\bhow long (?:it|does it|would it|will it|it would|it will) (?:takes?|take) to "
        r"(?:die|bleed out|drown|suffocate|lose consciousness|pass out|hang)\b"
    ),
    Rule(r"\bbleed(?:ing)? out\b"),
    Rule(
        r"\bdo it\b[^.!?]{0,30}?\b(?:when|while|once) (?:everyone|everybody|nobody|no one|they|"
        r"my (?:wife|husband|family|parents|kids|partner|roommate)) (?:is|are|s|re|goes|go|leaves|"
        r"leave) (?:away|gone|asleep|out|at work|to sleep|to bed)\b"
    ),
    Rule(
        r"\bknow (?:which|what|the) (?:bridge|building|pills|train|overpass|cliff|rope|spot|"
        r"place) (?:i(?:ll| will| would|d|m going to)|to use)\b|"
        r"\bknow (?:which|what) (?:bridge|building|overpass|cliff)\b"
    ),
    Rule(r"\b(?:will|affairs) and (?:a|my|the) (?:note|notes|letter|letters)\b"),
    Rule(
        r"\b(?:buying|bought|buy|collecting) <DRUG>(?: <W>){0,3} (?:at|from) (?:different|"
        r"multiple|several|various) (?:stores|pharmacies|shops|places)\b"
    ),
    Rule(
        r"\b(?:looked up|research\w*|googl\w*|search\w*|found) (?:<W> ){0,2}(?:the )?(?:tallest|"
        r"highest) (?:building|bridge|buildings|bridges|point|cliff|parking garage)\b"
    ),
    Rule(
        r"\b(?:rope|noose|belt|cord)\b[^.!?]{0,30}?\b(?:beam|rafter|rafters|ceiling|hook|branch|"
        r"closet rod|door frame|doorframe)\b",
        unless=r"\b(?:swing|hammock|plant|plants|lights|decorations|laundry|clothes|boxing|"
        r"punching bag|bird feeder)\b",
    ),
    Rule(
        r"\b<DRUG>(?: <W>){0,6} just in case\b", unless=r"\b(?:headache|migraine|allerg\w*|trip)\b"
    ),
    Rule(r"\bto whoever (?:reads|finds|is reading) this\b"),
    Rule(
        r"\b(?:please )?dont blame (?:yourselves|yourself|anyone|anybody|each other)\b|"
        r"\b(?:its|it is|this is|this isnt|it isnt|its not) (?:not )?(?:anyones|anybodys) fault\b"
    ),
    Rule(r"\b(?:i )?love you all\b[^«]{0,40}?\b(?:im sorry|forgive me|goodbye)\b"),
    Rule(
        r"\bthis is the (?:last|final) time (?:ill|i will|im going to|i) (?:write|post|be "
        r"writing) (?:here|in this|this)\b"
    ),
    Rule(
        r"\b(?:understand|know|forgive me for|wonder) why i (?:did (?:it|this)|had to (?:do it|go|"
        r"leave)|couldnt (?:stay|go on))\b"
    ),
    Rule(
        r"\bwant (?:him|her|them|you|my \w+) to have (?:it|them|all my|my (?:things|stuff|"
        r"jewelry|guitar|watch|car|books|records|belongings|collection))\b"
    ),
    Rule(
        r"\b(?:giving|gave|give|given|signed over|transferred) (?:all )?my (?:savings|money|car|"
        r"house|jewelry|guitar|watch|things|stuff|belongings|possessions)(?: <W>){0,3} to "
        r"(?:my|her|him|them)\b",
        unless=r"\b(?:loan|borrow|lend|birthday|wedding|graduation|tuition|christmas|gift "
        r"for|while i|for the (?:weekend|week|trip))\b",
    ),
    Rule(
        r"\b(?:gave|giving|give|given) (?:away )?[^.!?]{0,40}?\b(?:wont|dont|will not|do not) "
        r"need (?:it|them|any of it|those|these)(?: anymore| any more| where im going)\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism)\b",
    ),
    Rule(r"\bi cut (?:deeper|too deep|so deep|deep)\b"),
    Rule(
        r"\bhow (?:high|tall|far)\b[^.!?]{0,40}?\b(?:to die|fatal|lethal|to kill|to survive|"
        r"survive|would kill)\b"
    ),
    Rule(r"\b(?:helium (?:tank|hood|bag)|exit bag)\b"),
    Rule(
        r"\b(?:soon )?(?:you|they|nobody|no one|everyone|my family) (?:wont|will not|dont|"
        r"wont ever) (?:have to|need to) (?:worry|deal) (?:about|with) me (?:anymore|any more|"
        r"much longer|soon|ever again)\b"
    ),
    Rule(r"\bsoon (?:i|ill) (?:wont|will not) be a (?:burden|problem)\b"),
    Rule(
        r"\b(?:everyone|everybody|they|my family|my kids|the world|people|my \w+) "
        r"(?:would|will|d|ll) (?:all |honestly |probably |just |really |so much |truly )*be "
        r"(?:better off|happier|relieved)<END>"
    ),
    Rule(
        r"\b(?:doesnt|wouldnt|does not|would not|dont think it|it doesnt) (?:really )?matter "
        r"(?:if|whether) i (?:live or die|die|died|lived or died|wake up)\b"
    ),
    Rule(
        r"\b(?:wont|will not|am not going to|im not going to|im not gonna) be (?:here|around|"
        r"alive) (?:much longer|for much longer|for long|anymore|any more|any longer|to see)\b"
    ),
    Rule(
        r"\bthis (?:is|will be) my (?:last|final) (?:entry|post|message|note|journal|day|"
        r"night|goodbye|words)\b(?! (?:before|of the|for (?:the|this|a while|now)))"
    ),
    Rule(r"\bmy last (?:day|night) (?:on earth|alive|here|on this earth)\b"),
    Rule(
        r"\b(?:by the time|when) (?:anyone|you|someone|somebody|they|you all|people) "
        r"(?:reads?|finds?|sees?) (?:this|these|it)\b"
    ),
    Rule(
        r"\b(?:when|after|once|by the time|for when) (?:im|i am|ive) (?:gone|dead|"
        r"no longer (?:here|around|alive))\b(?! (?:for|on|to) (?:the )?(?:weekend|week|"
        r"vacation|trip|holiday|work|tour))"
    ),
    Rule(
        r"\b(?:ill|i will|im going to|im gonna) be (?:dead|gone forever|gone for good|"
        r"at peace soon|free soon|gone soon)\b"
    ),
    Rule(
        r"\b(?:it|everything|this|all this|it all|the pain) (?:will|ll|is going to|is gonna) "
        r"(?:all )?be over (?:soon|tonight|tomorrow)\b"
    ),
    Rule(r"\bsoon (?:it|everything|this|the pain|it all) (?:will|ll) (?:all )?be over\b"),
    Rule(
        r"\b(?:decided|made up my mind|ready|going|gonna|planning|plan|about) to "
        r"(?:go through with it|end (?:it|things|everything|it all)(?! with)|kill <SELF>)\b"
    ),
    # Farewells.
    Rule(
        r"\b(?:goodbye|good bye|bye|farewell) (?:to )?(?:everyone|everybody|all|world|"
        r"cruel world|forever|for good|my friends|you all|yall|all of you)\b"
        r"(?! (?:at|in|from|after|before|and (?:drove|left|headed|went)))",
        unless=r"\b(?:see you|talk (?:soon|tomorrow|later)|until|till|have a|for now|"
        r"for today|for the (?:day|night|week|weekend)|next (?:week|time)|retreat|"
        r"session|class|party)\b",
    ),
    Rule(r"\bthis is (?:my )?(?:goodbye|farewell)\b"),
    Rule(r"\b(?:final|last) (?:goodbye|goodbyes|farewell)\b"),
    Rule(r"\bsaying (?:my )?goodbyes\b"),
    Rule(
        r"\b(?:thank(?:s| you) for everything|sorry for everything|forgive me|"
        r"(?:i )?love you all|take care of (?:each other|yourselves|my \w+))\b[^«]{0,80}?"
        r"\b(?:goodbye|good bye|bye|farewell)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\b(?:goodbye|good bye|bye|farewell)\b[^«]{0,80}?\b(?:thank(?:s| you) for everything|"
        r"sorry for everything|forgive me|(?:i )?love you all)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(r"^ ?(?:goodbye|good bye|farewell)(?: [.,])* ?$"),
    Rule(
        r"\bthank(?:s| you) for everything\b[^«]{0,60}?\b(?:im sorry|sorry for everything|"
        r"forgive me|i love you all|love you all|take care of)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\b(?:im sorry|sorry for everything|forgive me|i love you all)\b[^«]{0,60}?"
        r"\bthank(?:s| you) for everything\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\btell (?:my \w+|everyone|them|her|him) (?:that )?(?:i loved (?:her|him|them|you)|"
        r"it wasnt (?:their|your|her|his) fault|im sorry<END>|i love (?:her|him|them)<END>)"
    ),
    Rule(
        r"\bgiving away (?:all (?:of )?my \w+|everything i own|everything<END>|all my stuff|"
        r"most of my \w+|my (?:\w+ )?(?:things|stuff|belongings|possessions))\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism|baby clothes)\b",
    ),
    Rule(
        r"\b(?:rehome|rehoming|rehomed|found (?:a )?(?:new )?home for|finding (?:a )?(?:new )?"
        r"home for) (?:my|our) (?:cat|dog|pets|animals|bird|rabbit)\b",
        unless=r"\b(?:allerg\w*|moving|landlord|apartment|lease|baby|new job)\b",
    ),
    Rule(
        r"\b(?:wont|will not|wont be|wont ever) (?:be )?(?:needing|need) (?:it|them|these|this|"
        r"those|my \w+|any of it|anything)\b(?! (?:for|on|at|until|till|this|next|tomorrow|"
        r"today|while|during))"
    ),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leaving|leave|finished|drafted)(?: <W>){0,2} "
        r"(?:letters?|notes?|cards?|videos?|messages?) (?:to|for) (?:my |each of my |all my "
        r"|both my )?<KIN>\b",
        unless=r"\b(?:gratitude|birthday|forgiveness|anniversary|valentines?|christmas|"
        r"holiday card|unsent|homework|assignment|prompt|inner child|younger self|camp|"
        r"graduation|(?:therapy|integration|journaling) (?:exercise|homework|assignment|prompt)|"
        r"as part of (?:my |the )?(?:therapy|integration|program))\b",
    ),
    Rule(r"\b(?:goodbye|farewell|suicide|final|last) (?:letter|letters|note|notes|video)\b"),
    Rule(
        r"\b(?:giving|gave|give|given) away (?:all |most )?(?:of )?(?:my |all my )(?:things|"
        r"stuff|belongings|possessions|prized|favorite|valuables|cat|dog|pets|guitar|jewelry|"
        r"records|collection|plants|books)\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism)\b",
    ),
    Rule(
        r"\b(?:giving|gave|give|given) (?:all )?my (?:cat|dog|pets|things|stuff|belongings|"
        r"possessions|plants|guitar) (?:away|to)\b",
        unless=r"\b(?:for the (?:weekend|week|trip|day)|while (?:i|im)|vacation|trip)\b",
    ),
    Rule(
        r"\bwont need (?:it|them|her|him|these|those|any of it|my \w+|anything) "
        r"(?:anymore|any more|where im going|much longer)\b"
    ),
    Rule(
        r"\baffairs (?:are |were |all )*(?:in order|sorted|settled|arranged|taken care of|"
        r"squared away|wrapped up)\b"
    ),
    Rule(
        r"\btying up (?:all )?(?:my )?loose ends\b",
        unless=r"\b(?:work|project|office|job|trip|vacation|move|holiday|leave|semester)\b",
    ),
    Rule(r"\bmy (?:own )?funeral\b", unless=r"\b(?:kidding|joke|lol)\b"),
    # Self-harm.
    Rule(r"\b(?:cut|cutting|cuts) <SELF>\b", unless=_ACCIDENT),
    Rule(
        r"\b(?:cut|cutting|cuts|burn|burned|burnt|burning|scratch|scratched|scratching|carve|"
        r"hurt|hurting|hurts|harm|harming|harmed|carved|carving|slash|slashed|slashing|slice|sliced|slicing|stab|stabbed|stabbing)"
        r"(?: <W>){0,2} (?:on |into )?(?:my|both my) (?:arm|arms|wrist|wrists|thigh|thighs|"
        r"leg|legs|skin|stomach|hip|hips|forearm|forearms|body|belly|ankle|ankles|chest)\b",
        unless=_ACCIDENT,
    ),
    Rule(r"\b(?:cut|cutting) (?:again|last night|tonight|yesterday|today)\b"),
    Rule(
        r"\b(?:started|start|starting|been|keep|kept|back to|urge to|urges to|want to|"
        r"wanted to|wanna|relapsed|relapse|relapsing|resist|resisting|stop|craving|tempted to|"
        r"thinking about|thought about|need to) (?:cutting|to cut|cut)\b(?! (?:back|down|ties|"
        r"carbs|sugar|caffeine|coffee|out|the|my hair|it|costs|corners|class|school|off|in|"
        r"through|my losses|loose|them|him|her|people|a|some|and|hair|gluten|dairy|alcohol|"
        r"meat))"
    ),
    Rule(r"\b(?:fresh|new) cuts\b"),
    Rule(
        r"\b(?:burn|burned|burnt|burning|scratch|scratched|scratching|hit|hitting|punch|"
        r"punched|punching|starve|starving|starved|bruise|bruised|bruising|choke|choking|"
        r"strangle|strangling|suffocate|suffocating|hurt|hurting|hurts|harm|harming|harmed|"
        r"injure|injured|injuring|mutilate|mutilating|mutilated) <SELF>\b(?! (?:out|up)\b)",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\bself (?:harm|harming|harmed|harms|injury|injuries|injure|injuring|injured|"
        r"mutilation|mutilate|mutilating)\b"
    ),
    Rule(
        r"\b(?:until|till|til) (?:i|it|they|my \w+) (?:bled|bleed|bleeds|was bleeding|"
        r"started bleeding)\b"
    ),
    Rule(
        r"\b(?:keep|kept|carry|carrying|hid|hide|hidden|hiding|have|bought) (?:a |my )?"
        r"(?:razor|razor blade|razor blades|blade|blades) (?:in|under|inside|hidden)\b"
    ),
    Rule(
        r"\b(?:hurt|cut|burn|burned|burnt|crash|crashed|hit|scratched|starved|bled|overdosed|"
        r"swallowed|jumped|bleed)\b(?: <W>){0,4} on purpose\b"
    ),
]
