"""The oblique English rules: no death word, but a place, a means, a timetable, a
leave-taking or a life wound up (the building blocks they share are in macros.py)."""

from .macros import _ACCIDENT, _AWAY, Rule

OBLIQUE_ENGLISH = [
    # Where people go to die: found there again and again, drawn to it, measuring it.
    Rule(
        r"\b(?:end|ends|ended|ending|wind|winds|winding|wound) up (?:on|at|by|near|under|"
        r"over|on top of) (?:the|that|a|this|my) (?:\w+ )?<PLACE>\b",
        unless=r"\b(?:party|bar|drinks|picnic|photos?|pictures?|sunset|fireworks|concert|"
        r"date|tour|lost|wrong)\b",
    ),
    Rule(
        r"\b(?:find|finding|found|catch|caught|keep finding|kept finding) <SELF> "
        r"(?:standing |sitting |staring |looking |leaning |climbing )?(?:on|at|by|near|over|"
        r"down from|out over|on top of|at the edge of|up on|off|toward|towards) "
        r"(?:the|that|a|this|my) (?:\w+ )?<PLACE>\b"
    ),
    Rule(
        r"\b(?:keep|kept|keeps|been) (?:going|walking|driving|coming|heading|going back|"
        r"walking back|driving back|coming back) (?:back )?(?:to|by|past|up to|out to) "
        r"(?:the|that|a) (?:same )?(?:\w+ )?<PLACE>\b",
        unless=r"\b(?:work|commute|job|school|office|shop|store|errand|errands|photos?|"
        r"view|sunset|sunrise|run|running|jog|jogging|walk the dog|with (?:the dog|my dog)|"
        r"friends|picnic|party|stargaz\w*|telescope|swim\w*|fish\w*|climb\w*|hik\w*|"
        r"kids|family|date)\b",
    ),
    Rule(
        r"\b(?:stood|standing|stand|sat|sitting|sit|leaned|leaning|lean|climbed|climbing|"
        r"hung|hanging|perched|waited|waiting|lingered|lingering) (?:on|at|over|out on|"
        r"on top of|at the edge of|by|near|against|over the edge of|up on|onto) (?:the |a |"
        r"that |my )?(?:\w+ )?<PLACE>\b[^.]{0,60}?\b(?:for (?:an hour|hours|a long time|"
        r"a while|ages|so long|half an hour|twenty minutes|a bit)|looking down|staring down|"
        r"looked down|stared down|looking over|staring at the (?:water|drop|ground|road|tracks|"
        r"cars|traffic)|thinking|wondering|imagining|counting|the drop|the fall|jump|jumping|"
        r"step|stepping|let go|letting go|alone at night|in the middle of the night|"
        r"at \d+ ?am|at night|in the dark|couldnt (?:leave|move|go)|how (?:easy|far|high)|"
        r"again)\b",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|"
        r"coffee|tea|wine|beer|book|reading|breakfast|party|friends|date|concert|tour|"
        r"birds?|meditat\w+|breath\w*|yoga)\b",
    ),
    Rule(
        r"\b(?:looked up|look up|looking up|googled|google|googling|searched|search|"
        r"searching|checked|check|checking|researched|research|researching|wondered|"
        r"wondering|wonder|measured|counted|counting|asked|figured out|found out|read up on)"
        r"\b[^.]{0,30}?\bhow (?:tall|high|far (?:down|up)|far the drop|long the drop|"
        r"many (?:floors|stories|storeys|metres|meters|feet))\b",
        unless=r"\b(?:homework|school|project|trivia|kids?|sons?|daughters?|class|hike|hiking|"
        r"climb|climbing|elevation|altitude|tour|tourist|visit|ceiling|tree|christmas|"
        r"fence|shelf|height requirement|ride|rollercoaster|roller coaster|baby|grow|"
        r"growth|percentile|waves|snow)\b",
    ),
    Rule(
        r"\b(?:whether|if|when|how) (?:the |a |that )?(?:\w+ )?<PLACE>"
        r"(?: (?!(?:is|are|was|s)\b)\w+){0,3} (?:is|are|was|s|gets|stays) (?:open|unlocked|"
        r"accessible|locked|closed|unguarded|empty|watched|patrolled|fenced)\b"
    ),
    Rule(
        r"\b(?:roof|rooftop|top floor|top deck|top level|balcony|bridge|overpass|parking "
        r"garage|car park) (?:is|are|was|s|stays) (?:open|unlocked|accessible|unguarded|"
        r"empty|not fenced|not watched) (?:at night|after dark|after hours|overnight|late|"
        r"all night)\b"
    ),
    Rule(
        r"\b(?:thought|thinking|think|thoughts|urge|urges|tempted|wanted|want|wanting|wanna|"
        r"imagined|imagining|imagine|pictured|picturing|picture|easy|easier|almost|nearly|"
        r"wondered|wondering|fantasi\w+|could just|pull|pulled|drawn)\b"
        r"(?: (?!(?:not|never|dont|didnt)\b)\w+){0,5} (?:step|stepping|stepped|lean|leaning|"
        r"leaned|fall|falling|let <SELF> fall|letting <SELF> fall|let go|letting go|"
        r"jump|jumping|tip|tipping|slip|slipping) (?:forward|off|over|in front|down|out|"
        r"onto|into the path|in|across|through|of the)?\b"
        r"[^.]{0,40}?\b(?:train|trains|subway|metro|tube|platform|tracks|traffic|truck|bus|"
        r"lorry|edge|ledge|railing|balcony|window|roof|rooftop|cliff|bridge|overpass|drop|"
        r"car park|parking garage)\b",
        unless=r"\b(?:pool|trampoline|lake|puddle|conversation|opportunity|chance|"
        r"bandwagon|shower|bed|couch|sofa|gym|class|queue|line|photo|ride|band)\b",
    ),
    Rule(
        r"\b(?:train|trains|subway|metro|tube|platform|tracks|traffic|truck|bus|lorry)\b"
        r"[^.]{0,60}?\b(?:thought|thinking|think|urge|urges|tempted|wanted|want|wanna|"
        r"imagined|imagining|pictured|picturing|easy|easier|almost|nearly|wondered|"
        r"wondering|could just|pull|pulled|drawn)\b(?: (?!(?:not|never|dont|didnt)\b)\w+){0,5} "
        r"(?:step|stepping|stepped|lean|leaning|leaned|fall|falling|let <SELF> fall|"
        r"letting <SELF> fall|jump|jumping|tip|tipping|walk|walking|run|running)"
        r"(?: (?:forward|off|over|in front|down|out|onto|in|into|across)\b|<END>)"
    ),
    Rule(
        r"\b(?:went|go|going|goes|walked|walk|walking|drove|drive|driving|climbed|climb|"
        r"climbing|got|get|took the elevator|took the stairs) (?:up |back |out )?(?:to|onto|"
        r"on top of) (?:the |that |a )?(?:\w+ ){0,2}<PLACE>\b[^.]{0,40}?\b(?:stood|sat|stayed|"
        r"waited|lingered|stand|sit|stay|standing|sitting) (?:there|up there|on it|at the edge|"
        r"on the edge|by the edge|by the railing|at the railing)(?: (?:for (?:a long time|hours|"
        r"an hour|a while|ages|so long|half the night|the whole night)|until|till|looking|"
        r"staring|thinking|alone|in the dark|and (?:looked|stared|thought)))",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|party|"
        r"friends|date|concert|tour|dog|kids|family|festival|lights|coffee|wine|beer|"
        r"picnic|breakfast|lunch|dinner|book|reading|sun|sunbath\w*|tan|meditat\w+)\b",
    ),
    Rule(
        r"\b(?:drove|driving|drive|drives|walked|walking|walk|went|going|go) (?:to|out to|up to|"
        r"back to|across|onto|over) (?:the|that|a) (?:\w+ )?(?:bridge|overpass|cliff|cliffs|"
        r"rooftop|roof|ledge|top floor|tracks|train tracks|railway|quarry)\b[^.]{0,50}?"
        r"\b(?:at (?:\d+ ?am|night|midnight)|in the middle of the night|alone|to look down|"
        r"(?:sat|stood|stayed|waited) there (?:until|till|for)|after dark|"
        r"(?:sat|stood|waited) (?:at|on) the (?:rim|edge|brink)|"
        r"and looked down|and stared|for an hour|for hours|just to see|to see how|to think|"
        r"couldnt|almost|nearly|didnt tell|without telling)\b",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|party|"
        r"friends|date|concert|tour|dog|kids|family|festival|lights|stargaz\w*|telescope)\b",
    ),
    # Means kept at hand: pills saved or refilled early, a blade or gun by the bed, still
    # thought about.
    Rule(
        r"\b(?:<DRUG>|prescriptions?|refills?|script|scripts|bottles?|pharmacy|pharmacist)\b"
        r"[^.]{0,60}?\b(?:enough|plenty|so many|a stash|a stockpile|a supply)\b(?: <W>){0,2} "
        r"(?:saved|stashed|stockpiled|hidden|put away|set aside|collected|saved up|put by|"
        r"squirreled away|to (?:do it|do the job|be sure|make sure|not wake up|end it|"
        r"finish it|never wake up))\b"
    ),
    Rule(
        r"\b(?:enough|plenty|so many|a stash|a stockpile)\b(?: <W>){0,2} (?:saved|stashed|"
        r"stockpiled|hidden|put away|set aside|saved up)\b[^.]{0,40}?\b(?:<DRUG>|prescriptions?|"
        r"refills?|bottles?|pharmacy)\b"
    ),
    Rule(
        r"\b(?:filled|refilled|fill|refill|filling|refilling|picked up|pick up|picking up|"
        r"got|getting|requested|asked for|ordered) (?:the |my |a |another |an )?(?:extra |"
        r"early |second )?(?:<DRUG>|prescriptions?|refills?|script|scripts)"
        r"(?: <W>){0,3} (?:early|twice|again|from two|from another|at (?:two|another|a different))"
        r"\b[^.]{0,40}?\b(?:on purpose|so (?:i|id|that i) (?:have|had|would have|could have|"
        r"can have)|without (?:telling|anyone|them|him|her)|secretly|to (?:save|stash|keep|"
        r"hoard|build up)|saved|stash|stockpile|extra)\b"
    ),
    Rule(
        r"\b(?:still (?:have|got|keep)|kept|keeping|hid|hidden|hiding) (?:the|my|those|that|"
        r"a) (?:<DRUG>|gun|pistol|rope|blade|blades|razor|razors|knife|stash)\b[^.]{0,60}?"
        r"\b(?:think|thinking|thought|dream\w*|fantasi\w+|obsess\w*|wonder\w*|tempted|"
        r"urge|plan|planning)\b(?: <W>){0,2} (?:about |of )?(?:using|taking|swallowing|"
        r"grabbing|getting) (?:them|it|those|all of them|all of it)\b"
    ),
    Rule(
        r"\b(?:think|thinking|thought|dream\w*|fantasi\w+|obsess\w*|wonder\w*|tempted|urge)"
        r"(?: about| of)? (?:using|taking|swallowing) (?:the|my|those|that|all the|all my) "
        r"(?:gun|pistol|rope|blade|blades|razor|razors|knife|stash|stockpile|saved pills|"
        r"pills i saved|pills ive saved|pills ive been saving)\b",
        unless=r"\b(?:hunting|range|kitchen|cooking|shaving|shave|climbing|camping)\b",
    ),
    Rule(
        r"\b(?:knife|knives|scissors|razor|razors|blade|blades|razor blades?|gun|pistol|"
        r"revolver|rope|noose) (?:is |are |was |were |lies |sits |hidden |tucked )?"
        r"(?:under|beneath|inside|next to|by|beside|in) (?:my|the) (?:pillow|mattress|"
        r"bed|bedside table|nightstand|pillowcase)\b",
        unless=r"\b(?:protection|safety|intruder|intruders|burglar|burglars|break in|"
        r"break ins|self defense|self defence)\b",
    ),
    Rule(
        r"\b(?:put|putting|puts|placed|keep|keeping|kept|hid|hide|hiding|sleep with|slept with|"
        r"sleeping with|took|take|taking|brought|bring) (?:a |my |the |that |this )?(?:\w+ )?"
        r"(?:knife|knives|scissors|razor|razors|blade|blades|gun|pistol|revolver|rope|noose) "
        r"(?:to bed|under (?:my|the) pillow|into (?:my|the) bed|in(?:to)? (?:my|the) "
        r"(?:nightstand|pillowcase|bed))\b",
        unless=r"\b(?:protection|safety|intruder|intruders|burglar|burglars|break in|"
        r"break ins|self defense|self defence)\b",
    ),
    Rule(
        r"\b(?:lied|lie|lying|wasnt honest|was not honest|didnt tell the truth|"
        r"said i was (?:fine|okay|ok|safe)|told (?:her|him|them|my \w+) i was (?:fine|okay|ok|"
        r"safe)) (?:to (?:my |the |her |him |them )?(?:therapist|doctor|psychiatrist|"
        r"clinician|nurse|care team|team|coach|counselor|counsellor|everyone|her|him|them) )?"
        r"(?:about|when (?:she|he|they) asked about) (?:being safe|safety|my safety|feeling safe|"
        r"how (?:bad|dark) (?:it is|it was|things are|things were)|the pills|the gun|"
        r"suicid\w+|my thoughts|the thoughts|hurting <SELF>|self harm|cutting|the plan|"
        r"having a plan|whether i (?:was|am|feel) safe)\b"
    ),
    Rule(
        r"\b(?:asked|asks|asking|checked|check in|checked in) (?:me )?(?:about|if|whether)\b"
        r"[^.]{0,40}?\b(?:safe|safety|suicid\w+|hurting <SELF>|harming <SELF>|self harm|"
        r"thoughts of|plan)\b[^.]{0,25}?\b(?:i|and i) (?:lied|lie|wasnt honest|"
        r"didnt tell (?:her|him|them) the truth|said i was fine|told (?:her|him|them) i was fine)"
        r"\b|\b(?:safety|safe|suicid\w+)\b[^.]{0,30}?\b(?:and|but) i lied\b"
    ),
    # A life being wound up: a will, passwords, who takes the pets.
    Rule(
        r"\b(?:wrote|written|writing|write|made|making|make|updated|updating|update|"
        r"finished|finishing|drafted|drafting|signed|redid|redone|did|done|sorted|sorting) "
        r"(?:up |out )?(?:my|a) (?:own )?(?:will|last will|testament|living will)\b",
        unless=r"\b(?:baby|pregnan\w*|newborn|wedding|married|marriage|mortgage|retire\w*|"
        r"estate planning|our wills|both|together|anniversary|adulting|lawyer|attorney|"
        r"solicitor|notary|financial advis\w+)\b",
    ),
    Rule(
        r"\b(?:instructions|list|notes?|letter|wrote down|written down|decided|arranged|"
        r"sorted out|figured out|planned) (?:for |about |on |of )?(?:who|which of them) "
        r"(?:takes|gets|keeps|feeds|will take|should take|will get|should get|will keep|"
        r"looks after|will look after|should look after|inherits|will inherit|walks) "
        r"(?:the|my|care of (?:the|my)) (?:\w+ )?(?:cat|cats|dog|dogs|pets?|car|house|things|"
        r"stuff|guitar|kids|children|plants|fish|bird|birds|rabbit|horse|savings|money|"
        r"accounts|belongings|apartment|flat)\b",
        unless=r"\b(?:trip|vacation|holiday|weekend|while|away|travel\w*|this week|"
        r"next week|surgery|hospital stay)\b",
    ),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leaving|leave|shared|sharing|gave|giving|"
        r"printed|listing|listed) (?:down |out )?(?:a list of |a note with |a file with |"
        r"a folder with )?(?:all )?(?:of )?(?:my )?(?:passwords|"
        r"account details|bank details|pin numbers|logins|log ins|pins)\b[^.]{0,40}?"
        r"\b(?:so (?:she|he|they|my \w+|someone|somebody|whoever)|for (?:my|whoever|when|"
        r"after|them|her|him)|in case|where (?:she|he|they|my \w+) (?:can|will|could) find|"
        r"on the (?:table|desk|fridge)|with (?:the|my) (?:will|letter|note))\b",
        unless=r"\b(?:trip|vacation|holiday|travel\w*|while (?:i|im)|hospital stay|surgery|"
        r"work|office|new phone|laptop|job|it support|manager)\b",
    ),
    Rule(
        r"\b(?:getting|got|get|put|putting|puts|sorting|sorted|setting|set|have|had) "
        r"(?:out )?(?:all )?(?:of )?(?:my )?(?:things|stuff|paperwork|papers|accounts|affairs|"
        r"finances|documents|belongings) (?:in order|sorted out|squared away|wrapped up|"
        r"tidied up)\b[^.]{0,40}?\b(?:so (?:nobody|no one|they|she|he|my \w+)|for (?:when|after|"
        r"my (?:kids|children|family|wife|husband|partner))|before (?:i go|the end|friday|"
        r"saturday|sunday|the weekend|its too late)|just in case|in case|for them|"
        r"wont have to)\b",
        unless=r"\b(?:move|moving|trip|vacation|holiday|tax|taxes|new job|baby|semester|"
        r"wedding|surgery|travel\w*|audit|accountant|divorce)\b",
    ),
    Rule(
        r"\blife insurance\b[^.]{0,50}?\b(?:if i (?:die|died|was gone|were gone|wasnt here)|"
        r"when i (?:die|am gone|m gone)|after i (?:die|am gone|m gone)|would pay|will pay|"
        r"pay out|pays out|paid up|still valid|covers? (?:it|this|suicide|self)|"
        r"goes to|go to|for them)\b",
        unless=r"\b(?:agent|quote|quotes|premium|premiums|baby|mortgage|wedding|"
        r"shopping for|compar\w+)\b",
    ),
    Rule(
        r"\b(?:planned|planning|plan|arranged|arranging|picked|picking|chose|chosen|choosing|"
        r"wrote|writing|paid for|pre paid|prepaid) (?:out )?(?:the )?(?:songs|music|readings|"
        r"flowers|details|arrangements|plot|casket|coffin|urn|outfit|eulogy|order of service)?"
        r"(?: (?:for|at|of))? (?:my|my own) (?:funeral|burial|memorial|cremation|service|"
        r"wake)\b"
    ),
    # Who gets what, said now, with no trip or loan that explains it.
    Rule(
        r"\b(?:told|telling|tell|promised|promising|said to) (?:my |her |him |them |you )?"
        r"(?:\w+ )?(?:that )?(?:she|he|they|you|my \w+) (?:can|could|should|gets to|get to|"
        r"will|may) (?:have|keep|take) (?:all )?(?:of )?my <GOODS>\b",
        unless=r"\b(?:while|borrow\w*|lend|for the (?:weekend|week|day|trip|summer|holidays)|"
        r"until|when i (?:get|come) back|this weekend|tonight|tomorrow|weekend|trip|old|"
        r"new one|since i got|upgrad\w*|bought a new|moving|sell|selling|outgrown|"
        r"vacation|holiday|away)\b",
    ),
    Rule(
        r"\b(?:she|he|they|you|my \w+) (?:can|could|gets to|get to|will get to|should) "
        r"(?:have|keep) (?:all )?(?:of )?my <GOODS> (?:when|after|once) (?:im|i am|ive) "
        r"(?:gone|dead|not here|no longer)\b"
    ),
    Rule(
        r"\b(?:if|in case|should) (?:anything|something) (?:bad )?(?:happens|happened|"
        r"were to happen|should happen|happen) to me\b[^.]{0,60}?\b(?:take care|look after|"
        r"care of|raise|please|make sure|promise|want you|know (?:that )?i|tell (?:them|"
        r"her|him|my)|kids|children|dog|cat|letter|note|will)\b|"
        r"\b(?:take care|look after|care of|raise|promise|make sure)\b[^.]{0,60}?"
        r"\b(?:if|in case|should) (?:anything|something) (?:bad )?(?:happens|happened|"
        r"were to happen|should happen|happen) to me\b"
    ),
    # Not being around for what comes next.
    Rule(
        r"\b(?:wont|will not|dont think ill|do not think ill|not sure ill|doubt ill|"
        r"dont expect to|dont plan (?:on|to)|probably wont|might not|may not|"
        r"im not going to|im not gonna|not going to|i dont see <SELF>|cant see <SELF>) "
        r"(?:(?:still (?:be |being )?(?:alive|here|around)|(?:be |being )?(?:still )?alive|"
        r"be still (?:here|around)) (?:for|by|"
        r"at|to see|until|till|when|in|next|this|on|after|past|much past|come)|"
        r"(?:even |ever )?(?:be |being )?(?:here|around) (?:for|by|at|to see|until|till|when|in|"
        r"on|after|past|much past|come)? ?(?:the |my |her |his |their |our )?(?:next|new year|"
        r"christmas|thanksgiving|easter|the holidays|holidays|summer|spring|winter|fall|autumn|"
        r"birthday|graduation|wedding|anniversary|much longer|long|the end of|another|"
        r"a year|a month|the kids|my kids))\b",
        unless=_AWAY,
    ),
    Rule(
        r"\b(?:this|it|that|today|tonight|tomorrow|christmas|thanksgiving|my birthday) "
        r"(?:is|will be|ll be|s|might be|may be|could be|is going to be|is probably) "
        r"(?:probably )?my (?:last|final) (?:christmas|birthday|summer|thanksgiving|"
        r"new year|new years|holiday|holidays|week|month|year|weekend|spring|winter|autumn|"
        r"fall|easter|mothers day|fathers day|night|day|morning)\b",
        unless=r"\b(?:at|here|in (?:my|this|the|our|that)|with (?:the|this|my) (?:company|"
        r"team|job)|as a|before|of (?:my|the) (?:twenties|thirties|forties|teens|job|"
        r"contract|program|lease|degree)|job|work|school|contract|lease|single|"
        r"unmarried|off|vacation|trip|holiday (?:season )?(?:at|in)|internship|semester)\b",
    ),
    Rule(
        r"\b(?:wont|will not|never going to|not going to|im not going to|dont think ill|"
        r"doubt ill|probably wont|dont expect to) (?:see|make it to|live to see|be there for|"
        r"get to see) (?:christmas|thanksgiving|my birthday|the new year|next year|spring|"
        r"summer|my next birthday|the next session|next session|the weekend|the end of "
        r"(?:the )?(?:month|year|week)|her birthday|his birthday|their birthday|"
        r"my (?:kids|sons|daughters) birthday)\b",
        unless=_AWAY,
    ),
    Rule(
        r"\b(?:not|stopped|stop|no point|no use|dont see the point (?:of|in)|why bother) "
        r"(?:making|make|planning|plan|buying|buy|booking|book|paying|renewing|scheduling) "
        r"(?:any )?(?:plans|anything|groceries|food|things|appointments|bills) "
        r"(?:past|beyond|after|"
        r"for after|further than) (?:this|next|tonight|tomorrow|friday|saturday|sunday|"
        r"monday|tuesday|wednesday|thursday|the weekend|the end of)\b|"
        r"\bno point (?:in )?(?:making plans|planning (?:ahead|anything|for the future)|"
        r"thinking about the future|saving for (?:the future|retirement|later)|"
        r"renewing (?:anything|my lease|my passport)|buying (?:a )?(?:winter )?"
        r"(?:coat|clothes|shoes))\b"
    ),
    # Making it stop, for good.
    Rule(
        r"\bmake (?:it|this|everything|it all|the pain|the noise|the thoughts|the voices|"
        r"all of it|all of this|my brain|my head|my mind) (?:all )?(?:stop|end|go away|"
        r"be over|quiet|go quiet|shut up|go silent) (?:for good|forever|permanently|"
        r"once and for all|for real|for ever)\b"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>make (?:it|this|everything|it all|all of it|all of this)"
        r" (?:all )?(?:stop|end|be over|go away)<END>"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>(?:switch|turn|shut|power) (?:it all|everything|<SELF>|"
        r"me|it|the lights) (?:off|out|down)(?: (?:for good|forever|permanently)|<END>)"
    ),
    Rule(
        r"\b(?:im|i am|be|being|ill be|i will be|im finally) (?:just |so |really )?done "
        r"(?:with (?:it all|everything|life|living|all of it|this life|existing|trying|"
        r"fighting|being alive) )?(?:for good|forever|permanently|for real this time|"
        r"once and for all)\b"
    ),
    Rule(
        r"<START>im (?:just |so |really |fucking )?done(?= \. (?!(?:finally|just|"
        r"finished|with|for|all|the|so|time|now|off|yay|woo|turned|submitted|handed)\b)"
        r"|(?: \.)* ?$)"
    ),
    Rule(
        r"\b(?:soon|after (?:tonight|tomorrow|friday|saturday|sunday|this week|this weekend)|"
        r"by (?:tomorrow|friday|saturday|sunday|next week|monday)) (?:it|none of (?:this|it)|"
        r"nothing|the pain|this|it all) (?:wont|will not|will no longer|wont ever|"
        r"will never) (?:hurt|matter|be (?:a problem|my problem))\b|"
        r"\b(?:none of (?:this|it)|nothing|it|this) (?:will|is going to|is gonna|will even) "
        r"matter (?:soon|much longer|after (?:tonight|tomorrow|friday|saturday|sunday|this week|"
        r"this weekend|next week))\b"
    ),
    # A decision made and kept close: a day set, everything ready, at peace with it.
    Rule(
        r"\b(?:i have|ive got|i got|i made|ive made|have|got|made|with) (?:a|the|my) "
        r"(?:plan|method|date|day|time) (?:and|,) (?:a |the |my )?(?:date|day|time|place|"
        r"method|means|everything|a way|plan)\b",
        unless=r"\b(?:wedding|party|trip|vacation|appointment|meeting|dinner|interview|"
        r"surgery|move|moving|class|launch|business|budget|diet|workout|training|marathon|"
        r"race|project|exam|study)\b",
    ),
    Rule(
        r"\b(?:this|today|tonight|tomorrow|next|that|it)\b(?: (?:is|s|will be|might be|may be|"
        r"could be))? (?:the|is the) (?:week|day|night|weekend|month|time|year) "
        r"(?:that )?(?:i|ill|i will|im going to|im gonna|im finally going to) (?:finally |"
        r"actually |really |just )?(?:do it|go through with it|end (?:it|things|everything)|"
        r"stop (?:it all|everything|for good)|leave for good|go for good)\b",
        unless=r"\b(?:quit|quitting|sign up|signing up|start|starting|ask|asking|propose|"
        r"proposing|marathon|gym|diet|apply|applying|tell (?:him|her|them)|confront|"
        r"talk to|book|booking|move|moving|clean|cleaning|tattoo|haircut)\b",
    ),
    Rule(
        r"\b(?:i have|ive got|i got|got|have|its|everything is|everythings|all is|all|"
        r"its all) (?:everything |all )?(?:ready|in place|prepared|set up|arranged|lined up|"
        r"sorted|taken care of)(?: now)?(?= \.|$)",
        unless=r"\b(?:trip|pack|packed|packing|party|move|moving|school|class|session|"
        r"appointment|dinner|lunch|breakfast|guests|presentation|meeting|flight|bags|"
        r"suitcase|picnic|birthday|wedding|holiday|vacation|interview|exam|test|launch|"
        r"kids|baby|morning|tomorrow|event|recital|race)\b",
    ),
    Rule(
        r"\b(?:made|make|making|reached|come to|came to|ive made|i made) (?:my|the|a|"
        r"this|that) (?:final )?(?:decision|choice)\b[^.]{0,40}?\b(?:peace|peaceful|calm|"
        r"relief|relieved|ready|lighter|at ease|no going back|no turning back|final|"
        r"for good|wont change|cant be undone|nobody can stop|no one can stop)\b|"
        r"\b(?:at peace|peaceful|calm|relieved|okay|ok) (?:with|about|now that ive made) "
        r"(?:my|the|this) (?:final )?(?:decision|choice)\b|"
        r"\b(?:my mind is made up|ive made up my mind|i made up my mind|mind is made up)"
        r"(?= \.|$| and (?:i feel|im) (?:calm|at peace|ready|relieved|lighter))|"
        r"\b(?:finally )?know what i (?:have|need|must|got) to do(?= \.|$| now)",
        unless=r"\b(?:job|offer|quit|quitting|move|moving|school|college|degree|divorce|"
        r"house|apartment|car|buy|buying|leave (?:him|her|them)|leaving (?:him|her|them)|"
        r"break up|breaking up|relationship|surgery|treatment|vegan|diet|gym|sober|"
        r"sobriety|drinking|therapy|program|ketamine|medication)\b",
    ),
    # Farewells without the word: last messages, leave-taking that nobody noticed.
    Rule(
        r"\b(?:this|it|that) (?:is|s|will be|ll be|is going to be|is probably) "
        r"(?:probably |likely )?(?:the )?(?:last|final) (?:thing|time|message|entry|words?|"
        r"post|letter|note) (?:i|ill|i will|id|im going to|youll|you will|anyone will|anyone|"
        r"you|they|that i|that ill) "
        r"(?:ever )?(?:write|writes|hear|get|read|see|send|post|type)\b",
        unless=r"\b(?:before|for (?:the|this) (?:week|weekend|month|year|day|night|now|"
        r"today|while)|until|till|tonight then|today|program|vacation|holiday|break|trip|"
        r"in this (?:journal|app|notebook) (?:before|since)|new journal|new notebook)\b",
    ),
    Rule(
        r"\b(?:wont|will not|never) (?:hear|see) (?:from )?me again\b|"
        r"\byou (?:wont|will not|will never) (?:have to )?(?:hear|see|read) (?:from )?"
        r"(?:me|my entries|anything from me) (?:again|anymore)\b",
        unless=r"\b(?:if you|unless|until|after what you|how dare|cheated|blocked|"
        r"block|ex)\b",
    ),
    Rule(
        r"\b(?:said|saying|say|says) (?:my )?(?:goodbye|goodbyes|bye|farewell)s?\b"
        r"[^.]{0,60}?\b(?:without (?:them|anyone|her|him|any of them|my \w+) (?:knowing|"
        r"realizing|realising|noticing|suspecting)|for the last time|one last time|for good|"
        r"forever|in my head|in my own way|quietly|they didnt know|nobody knew|no one knew|"
        r"(?:she|he|they) didnt (?:know|realize|understand)|it was (?:goodbye|the last time)|"
        r"for real)\b",
        unless=r"\b(?:funeral|hospital|hospice|grandma|grandmother|grandpa|grandfather|"
        r"wake|vet|passed|died|dying|before (?:she|he|they|it) (?:died|passed|was sold|"
        r"left|moved)|moving|moved|sold|graduat\w*|deploy\w*|leaving for|airport|"
        r"old (?:house|home|job|apartment|office)|last day|new job|retire\w*|"
        r"semester|school year|camp)\b",
    ),
    Rule(
        r"\b(?:hug|hugged|hugging|see|saw|seeing|call|called|calling|visit|visited|visiting|"
        r"kiss|kissed|kissing|tell|told|telling|hold|held|holding|look at|looked at|"
        r"tuck|tucked|pet|petted|walk|walked|thank|thanked) (?:my \w+|everyone|them|him|"
        r"her|all of them|each of them|the kids|the dog|the cat|my (?:kids|children|family|"
        r"wife|husband|partner|dog|cat|parents|mom|mum|dad|sister|brother|friends|"
        r"best friend)(?: in)?)(?: <W>){0,3} (?:one last time|for the last time|"
        r"one final time|a final time|like it was the last time|as if it was the last time)\b",
        unless=r"\b(?:before (?:she|he|they|it) (?:died|passed|was sold|left|moved|went)|"
        r"passed|hospice|hospital|funeral|wake|vet|put down|put to sleep|euthan\w*|moving|"
        r"moved|sold|graduat\w*|deploy\w*|leaving for|airport|dying|died|old (?:house|"
        r"home)|before (?:the|my) (?:move|trip|flight|surgery))\b",
    ),
    Rule(r"<START>(?:goodbye|good bye|farewell)(?: everyone| forever| all)?(?: \.)* ?$"),
    # A burden lifted from others, death unsaid.
    Rule(
        r"\b(?:would|will|d|ll|could|can|theyd|theyll|shed|hed|youd|youll|wed|everyoned|"
        r"everyonell) (?:finally |all |at last )?(?:be free|be rid) (?:of|from) "
        r"me\b|\b(?:free|spare|release|relieve|rid) (?:them|everyone|everybody|my family|my kids|"
        r"her|him|you|you all|my \w+) (?:of|from) (?:me|the burden of me|having to deal with me|"
        r"having me around|me for good)\b"
    ),
    Rule(
        r"\b(?:stop|quit|stopped) being (?:a|such a|everyones|their|his|her|your) "
        r"(?:burden|drain|problem|weight|nuisance)\b(?! (?:at|in|on) (?:work|the office|school|"
        r"meetings|class))",
        unless=r"\b(?:by (?:asking|getting|learning|doing|helping|working|paying|finding|"
        r"cooking|cleaning)|if i (?:get|find|learn|work|pay)|therapy|job|rent|help out|"
        r"chores)\b",
    ),
    # The dead envied: their place wished for.
    Rule(
        r"\b(?:trade|trading|swap|swapping|switch|switching|exchange|change) places with "
        r"(?:someone|somebody|anyone|anybody|people|them|him|her|the people|those|the ones|"
        r"one of the people|a person)\b[^.]{0,30}?\b(?:died|dying|dead|passed|has cancer|"
        r"is terminal|terminally ill|got killed|was killed|in the crash|in the accident|"
        r"in (?:the|a) coffin|funeral|obituar\w+)\b"
    ),
    Rule(
        r"\b(?:jealous|envious|envy|envied|envying) (?:of )?(?:people|those|anyone|anybody|"
        r"someone|somebody|him|her|them|the ones|the dead|dead people|everyone)\b[^.]{0,30}?"
        r"\b(?:died|dead|dying|get to die|got to die|passed|passes|pass away|terminal|"
        r"dont wake up|never wake up|didnt wake up|in (?:the|their) sleep|gone|obituar\w+)\b"
    ),
    Rule(
        r"\b(?:wish|wished|should have|shouldve|should of)(?: (?:it|that))? (?:had been|was|"
        r"were|been|would have been) me (?:instead|who died|that died|in that (?:car|crash|"
        r"accident|coffin|grave)|in the (?:crash|accident|coffin|grave|ground|car)|"
        r"not (?:him|her|them)|and not (?:him|her|them)|who (?:didnt|never) (?:make it|"
        r"come home|wake up))\b"
    ),
    Rule(
        r"\b(?:dead|numb|empty) (?:inside|on the inside)\b[^.]{0,50}?\b(?:for real|be real|"
        r"make it real|literally|really dead|actually dead|match the outside|finish the job|"
        r"outside to match|to match|match it|match the inside|"
        r"outside too|make it official|the rest of me|whole thing|all the way)\b"
    ),
    Rule(
        r"\b(?:who|whoever) (?:would|will|is going to|is gonna|gets to|has to) find "
        r"(?:me|my body)\b|\bhow long (?:it would take |it will take |until |before |till )"
        r"(?:for )?(?:anyone|someone|somebody|anybody|they|people|my \w+) (?:would |will |to )?"
        r"(?:find|notice|found|noticed|come looking for) (?:me|i was gone|im gone|my body)\b|"
        r"\b(?:find|found|finds|discover|discovers|discovered|identify) my body\b|"
        r"\bmy body (?:will|would|is going to|might|could|wont) (?:be )?(?:found|discovered|"
        r"identified|be found)\b",
        unless=r"\b(?:hide and seek|hiding|game|lost|phone|keys|car|party|the mall|"
        r"in the crowd|concert|airport)\b",
    ),
    # Self-harm said sideways.
    Rule(
        r"\b(?:my )?(?:old |fresh |new )?(?:scars|cuts|wounds) (?:opened|reopened|split open|"
        r"bled|are bleeding|were bleeding|started bleeding)\b(?: up| again| back up)?",
        unless=r"\b(?:surgery|surgical|stitches|c section|operation|emotional|"
        r"conversation|memories|heart)\b",
    ),
    Rule(
        r"\b(?:reopened|reopening|opened up|opening up|picked at|picking at|ripped open|"
        r"tore open|tear open|dug into) (?:my|the|an|some) (?:old |fresh |new )?"
        r"(?:scars|cuts|wounds|scabs)\b",
        unless=r"\b(?:surgery|surgical|stitches|emotional|conversation|memories|heart|"
        r"therapy|session|old wounds with)\b",
    ),
    Rule(
        r"\b(?:until|till|til) (?:i|it|they|there|my \w+) (?:bruised|bruise|bruises|"
        r"left (?:bruises|marks|welts)|leaves? (?:marks|bruises|welts)|was raw|were raw|"
        r"broke the skin|broke skin|went numb|couldnt feel)\b",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\b(?:bite|biting|bit|pinch|pinching|pinched|scratch|scratching|scratched|claw|"
        r"clawing|clawed|pick|picking|picked|dig|digging|dug) (?:at |into )?(?:<SELF>|my "
        r"(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hands?|fingers?))\b"
        r"[^.]{0,40}?\b(?:until|till|til|blood|bleed|bled|bleeding|marks|bruise\w*|"
        r"on purpose|to feel|punish)\b",
        unless=_ACCIDENT,
    ),
    # Looking down from a height, gone back to again and again.
    Rule(
        r"\b<PLACE>\b[^.]{0,60}?\b(?:look|looks|looking|looked|stare|stares|staring|stared|"
        r"gaze|gazing|gazed|peer|peering|peered) (?:down|over the (?:edge|side|railing)|"
        r"at the (?:water|drop|cars|traffic|tracks|ground|street|road|pavement|rocks|waves|"
        r"river)|into the (?:water|dark|river|drop))\b|"
        r"\b(?:look|looks|looking|looked|stare|stares|staring|stared|gaze|gazing|gazed) "
        r"(?:down|over the (?:edge|side|railing)) (?:from|off|over) (?:the |a |that |my )?"
        r"(?:\w+ )?<PLACE>\b",
        unless=r"\b(?:view|views|sunset|sunrise|photo|photos|pictures?|fireworks|stars|"
        r"city lights|skyline|coffee|wine|beer|birds?|boats?|tour|tourists?|kids|dog|"
        r"afraid of heights|scared of heights|vertigo|fear of heights|breathtaking|"
        r"beautiful|gorgeous|amazing|stunning|visited|visiting|vacation|trip|golden gate)\b",
    ),
    Rule(
        r"\b(?:plan|planning|planned|going|gonna|want|wanna|need|decided|deciding|thinking "
        r"about|thought about|tempted) to (?:go|drive|walk|head|get|climb) (?:to|back to|up to|"
        r"out to|up) (?:the|that) (?:\w+ )?(?:bridge|overpass|cliff|cliffs|rooftop|roof|tracks|"
        r"train tracks|ledge|top floor|quarry|parking garage|railway)\b",
        unless=r"\b(?:vacation|trip|tour|photos?|pictures?|sunset|sunrise|visit|visiting|"
        r"friends|family|kids|picnic|dog|run|running|hike|hiking|bike|biking|festival|"
        r"fireworks|party|date|fix|repair|gutter|gutters|antenna|leak|shingles|view)\b",
    ),
    Rule(
        r"\b(?:<PLACE>|<DRUG>|gun|rope|knife|razor|blade|tracks|train|traffic)\b[^.]{0,60}?"
        r"\bhow (?:easy|simple|quick|peaceful) it (?:would|could|d|will) be\b|"
        r"\bhow (?:easy|simple|quick) it (?:would|could|d|will) be\b(?= \.|$)"
    ),
    Rule(
        r"\b(?:felt|feel|feels|feeling|keep feeling|am|im|was|get|got) (?:so |strangely |"
        r"weirdly )?(?:pulled|drawn|pulled in|sucked in) (?:toward|towards|to|by|into) "
        r"(?:the )?(?:edge|tracks|rails|drop|train|oncoming traffic|railing|ledge|"
        r"the water below|water below)\b|"
        r"\b(?:<PLACE>|tracks|train|traffic|drop|the water)\b[^.]{0,60}?\b(?:felt|feel|feeling|"
        r"keep feeling|was|got) (?:so |strangely |weirdly )?(?:pulled|drawn|pulled in|sucked in)"
        r" (?:toward|towards|to|by|into|in) (?:them|it|the edge|the drop|the water)\b"
    ),
    Rule(
        r"\b(?:bridges?|buildings?|roofs?|rooftops?|overpass\w*|parking garages?|balcon\w*|"
        r"cliffs?|towers?|car parks?|platforms?)\b(?: (?:that|which|where|in (?:the|this|my) "
        r"(?:city|town|area)))?(?: <W>){0,2} (?:dont have|do not have|without|with no|have no|"
        r"has no|lack|dont|doesnt have) (?:any )?(?:barriers?|fences?|fencing|railings?|nets?|"
        r"guard rails?|cameras|security)\b",
        unless=r"\b(?:safety inspection|inspector|council|petition|campaign|report|news|"
        r"article|kids|toddler|child|children|dog)\b",
    ),
    Rule(
        r"\b(?:think|thinking|thought|keep thinking|cant stop thinking|obsess\w*|dream\w*) "
        r"(?:a lot |constantly |all the time |again )?(?:about|of) (?:the |my |that |his |her |"
        r"our )?(?:\w+s )?(?:old |loaded )?(?:gun|revolver|pistol|rifle|shotgun|firearm|"
        r"handgun|noose|razor blades|stash|stockpile)\b",
        unless=r"\b(?:hunting|range|collection|collector|antique|museum|cleaning|selling|sell|"
        r"license|permit|safe storage|lock box|lockbox|police)\b",
    ),
    Rule(
        r"\b(?:punch\w*|hit|hitting|slam\w*|bang\w*|kick\w*|headbutt\w*) (?:the |a |my )?"
        r"(?:wall|door|mirror|floor|window)\b[^.]{0,30}?\b(?:until|till|til) (?:my )?(?:knuckles|"
        r"hands?|fists?|fingers?|head|i|it|they) (?:split|bled|bleed|broke|cracked|bruised|were "
        r"bleeding|was bleeding|swelled|couldnt|started bleeding|hurt)\b"
    ),
    Rule(
        r"\b(?:tired|exhausted|sick|done|worn out) (?:of|from|with) (?:staying|being|keeping "
        r"<SELF>|trying to stay|fighting to stay) alive\b|\b(?:staying|stay|keep <SELF>|"
        r"keeping <SELF>|stayed) alive (?:just |only )?(?:for|because of) (?:other people|"
        r"others|them|my kids|my children|everyone|my family|my (?:mom|mum|dad|wife|husband|"
        r"partner|dog|cat))\b"
    ),
    Rule(
        r"\b(?:full|whole|new|entire|fresh) (?:bottle|box|pack|supply|prescription|strip|"
        r"blister pack)\b[^«]{0,60}?\b(?:thinking about it|thinking about them|tempting|"
        r"tempted|considering it|its right there|theyre right there|it would be (?:so )?easy|"
        r"so easy|calling me|calling to me)\b",
        unless=r"\b(?:wine|beer|vodka|whiskey|tequila|chocolate|cookies|ice cream|chips|"
        r"candy|snacks?|shampoo|perfume|vitamins?)\b",
    ),
    Rule(
        r"\b(?:letters?|cards?|notes?|videos?|messages?|recordings?) (?:for|to) (?:each of )?"
        r"(?:my |both my |all my )?<KIN> (?:to (?:open|read|watch|listen to|keep) )?"
        r"(?:when|after|once|for when|for after) (?:theyre older|they are older|they grow up|"
        r"theyre grown|they turn \d+|im gone|i am gone|im not here|im not around|"
        r"im no longer|i die|im dead)\b",
        unless=r"\b(?:time capsule|tradition|every year|school project|memory book|"
        r"baby book)\b",
    ),
    Rule(
        r"\b(?:dont|do not|dont really|no longer|never) (?:want to|wanna|wish to) (?:be|keep "
        r"being|go on being) (?:a|such a) (?:burden|weight|drain|problem|nuisance)(?: (?:on|to|"
        r"for) (?:anyone|anybody|everyone|everybody|them|you|my \w+|people))? (?:anymore|"
        r"any more|any longer|ever again)\b"
    ),
    Rule(
        r"\b(?:decided on|settled on|picked|chose|chosen|set) (?:the|a) (?:date|day|night)\b"
        r"[^.]{0,40}?\b(?:calm|calming|peace|peaceful|relief|relieved|lighter|ready|strangely|"
        r"weirdly|at ease)\b",
        unless=r"\b(?:wedding|party|trip|move|moving|appointment|surgery|vacation|meeting|"
        r"dinner|birthday|interview|launch|ceremony|session|retreat|class|reunion|visit|baby|"
        r"due|closing|date night)\b",
    ),
    Rule(
        r"\b(?:cant wait|cannot wait|counting the days|counting down) (?:for|until|till|to) "
        r"(?:it all|everything|this life|my life|all of it|life) (?:to )?(?:be over|end|stop|"
        r"to end|to be over)\b"
    ),
    Rule(
        r"\bno (?:reason|reasons|purpose) (?:left )?(?:to|for me to) (?:stay|live|go on|keep "
        r"going|be here|stick around|keep living|wake up)\b"
    ),
    Rule(
        r"\b(?:took|swallowed|downed|take|swallow|taking|swallowing) (?:the|a|my) (?:whole|"
        r"entire|full) (?:box|pack|packet|bottle|strip|blister pack|sheet) (?:of )?"
        r"(?:<DRUG>)?\b",
        unless=r"\b(?:vitamins?|gummies|mints|tic tacs|cough drops|antibiotics? course|"
        r"as prescribed|course)\b",
    ),
    # A farewell said in pieces: two of its usual sentences in one entry.
    Rule(
        r"\b(<FAREWELL>)\b[^«]{0,160}?\b(?!\1\b)<FAREWELL>\b",
        unless=r"\b(?:see you|talk (?:soon|tomorrow|later)|until|till|next (?:week|time|"
        r"session)|nos vemos|hasta (?:manana|luego|pronto|el lunes)|birthday|cumpleanos|"
        r"party|fiesta|trip|viaje|vacation|vacaciones|flight|vuelo)\b",
    ),
    # Means made ready without a death word.
    Rule(
        r"\b(?:charcoal|carbon|a grill|the grill|a bbq|the bbq|a barbecue) (?:and|y|with|con) "
        r"(?:(?:duct |some |the |una |la )?(?:tape|cinta|plastic|plastico)|sealed|sellad\w*|"
        r"(?:in|into|en) (?:the|my|el|mi) (?:bedroom|car|room|cuarto|habitacion|coche|carro))\b"
    ),
    Rule(
        r"\b(?:<DRUG>|pastillas|pildoras|somniferos)\b(?: (?:and|y) (?:the |el |la |a |una )?"
        r"(?:vodka|alcohol|whiskey|whisky|wine|booze|gin|rum|tequila|vino|ron|botella))"
        r"(?: (?:are|is|ya estan|estan|esta))? (?:on|in|sobre|en) (?:the|my|la|el|mi) "
        r"(?:counter|table|nightstand|desk|bed|mesa|mesita|cama|escritorio)\b"
    ),
    Rule(
        r"\b(?:bathtub|bath|tub|banera|water|agua|sea|ocean|lake|river|mar|lago|rio)\b"
        r"[^.]{0,60}?\b(?:not (?:getting|coming) (?:out|back up)|never (?:getting|coming) "
        r"(?:out|back up)|stay(?:ing)? under|no salir|no volver a salir|quedarme (?:abajo|"
        r"debajo)|hundirme)\b"
    ),
    Rule(
        r"\b(?:be|get|got|being) erased\b(?! (?:from|off) (?:the|my|a) (?:list|drive|hard "
        r"drive|database|board|whiteboard|record))|\b(?:delete|erase|uninstall) (?:myself|"
        r"me from (?:existence|the world|this world|everyones life))\b(?! (?:from|off) (?:the|"
        r"this|that|my) (?:group|chat|app|list|thread|server))|\blike i never (?:happened|"
        r"existed|was born|was here)\b|\bborrarme\b(?! de (?:la|las|el|los|esa|ese) "
        r"(?:app|aplicacion|redes|grupo|lista|clase|curso|gimnasio|chat))"
    ),
    Rule(
        r"\b(?:no coming back from (?:this|it|here)|(?:run|ran|running) out of (?:reasons|"
        r"fight|reasons to (?:live|stay|keep going|go on))|(?:im|i am|feel|feeling) "
        r"(?:completely |totally |just )?out of (?:fight|reasons|strength|hope|road|options))"
        r"(?= [.,]|$)",
        unless=r"\b(?:lol|haha|haircut|argument|fight with|game|match|season|tournament|"
        r"coffee|milk|gas|money)\b",
    ),
    Rule(
        r"\b(?:soon|shortly|before long) (?:i|ill|i will) (?:wont|will not|will no longer|no "
        r"longer) be(?: (?:here|around|a problem|anyones problem|in the way|in anyones way))?"
        r"(?= [.,]|$)"
    ),
    Rule(
        r"\b(?:ghost|dead|gone|invisible|nothing) (?:already|inside)\b[^.]{0,40}?\b(?:make it "
        r"official|make it real|finish the job|finish it)\b"
    ),
    Rule(
        r"\bonly way out\b[^.]{0,40}?\b(?:window|bridge|pills|rope|edge|roof|balcony|ledge|"
        r"tracks|train|gun|river|water|sea)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|pray|praying)(?: that)? i (?:dont|do not|never|wont|will not) "
        r"(?:come back|return|make it back|get back|make it home) (?:from|home|alive)\b"
    ),
    Rule(
        r"\b(?:pretend|pretending|act|acting|fake|faking) (?:like |that |as if )?i (?:have|"
        r"had|still have) (?:a|any) future\b"
    ),
    Rule(
        r"\b(?:writing|write|wrote|leaving|leave|left) (?:this|these|it) (?:so|for when) "
        r"(?:someone|somebody|people|you|they|everyone|my \w+) (?:will |can |might )?"
        r"(?:knows?|understands?|get it) why\b"
    ),
    Rule(
        r"\bpart of me (?:wants|really wants|still wants) to (?:do it|go through with it|end it|"
        r"die|disappear|go|not be here|stop existing)\b"
    ),
    Rule(
        r"\b(?:asked|got|begged)(?: <W>){0,4} (?:for )?(?:more|extra|a bigger|another|a new)"
        r"(?: <W>)? (?:<DRUG>|prescription|script|refill)\b[^.]{0,40}?\b(?:lied|lie|lying) "
        r"(?:about|on) (?:why|the reason|what (?:it was|they were) for|it)\b"
    ),
    Rule(
        r"\b(?:starv\w*|not eating|stopped eating|hit\w*|hurt\w*|cut\w*|burn\w*|punch\w*|"
        r"scratch\w*)\b[^.]{0,40}?\b(?:to punish (?:myself|my body|me)|as punishment|because "
        r"i deserve (?:it|the pain|to hurt))\b"
    ),
    Rule(
        r"\b(?:voices?|brain|head|mind|thoughts?|something) (?:\w+ ){0,2}(?:tells?|telling|told|"
        r"keeps telling|keep telling|says|saying) (?:me )?to (?:kill|die|jump|hurt|cut|drive "
        r"into|drown|end it|end my|crash|swallow|step in front|walk into)\b"
    ),
    Rule(
        r"\b<PLACE>\b[^.]{0,40}?\b(?:keeps? calling (?:me|my name|to me)|(?:is|was) calling "
        r"(?:me|to me|my name)|calls (?:to )?me|keeps? pulling me|pulls me (?:in|toward|towards|"
        r"closer))\b",
        unless=r"\b(?:lol|haha|vacation|holiday|trip|visit|photos?|beautiful|gorgeous|hike|"
        r"hiking|camping|climb\w*|surf\w*|swim\w*|view|sunset)\b",
    ),
    Rule(
        r"\b(?:nobody|no one|you|they|everyone|everybody|my (?:family|kids|parents|wife|"
        r"husband|partner)) (?:will|wont|will not|is going to|are going to|wont ever) "
        r"(?:ever )?(?:need|have) to (?:worry|deal) (?:about|with) me (?:after|anymore|any more|"
        r"much longer|soon|ever again|once)\b",
        unless=r"\b(?:job|raise|promotion|move in|moving|graduat\w*|license|licence|"
        r"apartment|car|insurance|healthier|surgery|recover\w*)\b",
    ),
    Rule(
        r"\b(?:made sure|making sure|make sure|sorted it so|arranged (?:it )?so) (?:that )?"
        r"(?:my |the |our )?(?:cat|cats|dog|dogs|pets?|bird|rabbit|fish|horse) (?:has|have|gets|"
        r"get|will have|goes to) (?:a )?(?:new |good |forever )?(?:home|owner|family)\b",
        unless=r"\b(?:allerg\w*|moving|landlord|lease|baby|new job|vacation|trip|holiday|"
        r"while|weekend|sitter)\b",
    ),
    # Not coming back, not being found.
    Rule(
        r"\b(?:<WANT>|easy|easier|wish|tempted|thinking about|thought about|dream of|"
        r"fantasi\w+)\b(?: <W>){0,5} (?:and |to )?(?:just )?(?:never|not) (?:come|coming|go|"
        r"going) (?:back|home)(?: again| ever)?<END>|"
        r"\b(?:disappear|vanish|go away|walk away|leave|run away|drive off|walk off|"
        r"wander off)\b(?: <W>){0,3} (?:and )?(?:never|not) (?:be found|get found|be seen again|"
        r"be heard from again|turn up again)\b",
        unless=r"\b(?:vacation|holiday|trip|paris|beach|island|italy|mexico|spain|europe|"
        r"mountains|lol|haha|job|work|office|city|town|country|move|moving|party)\b",
    ),
    Rule(
        r"\b(?:never|not|without) having to (?:wake up|exist|be here|live|breathe|be alive|"
        r"face (?:another day|tomorrow|anything|anyone|the world)|feel anything)\b"
        r"(?! (?:early|at|for|on|before|to|with|alone|by))",
        unless=r"\b(?:early|alarm|commute|shift|weekend|saturday|sunday|holiday|vacation|"
        r"retire\w*)\b",
    ),
    Rule(
        r"\b(?:go to sleep|fall asleep|sleep|drift off) and (?:just )?(?:stay asleep|"
        r"stay that way|never get up|not get up|stay there|not come back)\b|"
        r"\bstay asleep (?:forever|for good|for ever|permanently)\b"
    ),
    Rule(
        r"\b<WANT>\b(?: <W>){0,4} (?:everything|it all|the world|the lights|my world|it|"
        r"all of it|life) (?:to )?(?:just )?(?:go|goes|fade|fades|turn|turns|went) "
        r"(?:black|dark|out)(?: forever| for good| permanently|<END>)|"
        r"\b<WANT>\b(?: <W>){0,4} (?:everything|it all|the world|my world|it|all of it|"
        r"my head|my brain|life) (?:to )?(?:just )?(?:go|goes|fade|fades|turn|turns|went) "
        r"(?:quiet|silent|away|to nothing|to black) (?:forever|for good|permanently)\b"
    ),
    # Others managing without the writer: said with any contraction.
    Rule(
        r"\b(?:would|will|could|theyd|theyll|shed|hed|youd|youll|wed|itd|everyoned|d|ll)\b"
        r"(?: (?!(?:not|never)\b)\w+){0,3} (?:manage|cope|move on|be fine|be okay|be ok|"
        r"be better|do fine|do better|get by|carry on|be happier|get over it|survive|thrive|"
        r"be relieved|be lighter|breathe easier|sleep better)\b(?: \w+){0,3} without me\b"
        r"(?! (?:at|for|on|in|during|this|tonight|today|tomorrow|while|when|until)\b)",
        unless=r"\b(?:meeting|party|trip|shift|game|weekend|dinner|lunch|class|team|"
        r"project|office|work|vacation|holiday|concert|match)\b",
    ),
    Rule(
        r"\b(?:my (?:family|kids|children|wife|husband|partner|parents|friends)|everyone|"
        r"everybody|they|people|nobody|no one|she|he) (?:would|d|could|theyd|shed|hed|"
        r"everyoned)(?: (?:all|probably|eventually|quickly|soon|easily|just))* get over "
        r"(?:it|me|my death|losing me|my being gone|me being gone)(?: eventually| quickly| soon|"
        r"| in time| fast| pretty fast)?(?= \.|$| eventually| quickly| soon| in time| fast)"
    ),
    Rule(
        r"\bwithout me\b(?: <W>){0,3} (?:everything|everyone|everybody|they|things|life|the world|"
        r"it all|my family|the kids|my kids|their lives|her life|his life) (?:would|will|could|"
        r"d|ll) (?:be|go|get|run|work|finally)\b(?! (?:to|on|at) (?:the|this|that|work)\b)",
        unless=r"\b(?:meeting|party|trip|shift|game|weekend|dinner|lunch|class|team|project|"
        r"office|work|vacation|holiday|concert|match|tonight|today)\b",
    ),
    Rule(
        r"\bbetter off (?:not having to|without having to|if they didnt have to|never having "
        r"to) (?:deal with|take care of|look after|worry about|carry|support|put up with|"
        r"handle|care for) me\b"
    ),
    Rule(
        r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\b(?: that)? (?:the|my|this|our) "
        r"(?:plane|flight|car|bus|train|boat|ferry|elevator|taxi|uber) (?:just )?(?:crashes|"
        r"crash|goes down|sinks|derails|would crash|will crash|crashed|went down)\b|"
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|would get|will get|end up) "
        r"(?:in|into) (?:an |a )?(?:accident|crash|car accident|car crash)\b|"
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:dont|do not|never|wont) "
        r"(?:survive|come out of|make it through|wake up from|wake up after)\b"
    ),
    Rule(
        r"\b(?:paid off|paying off|pay off|settled|settling|cleared|clearing|closed|closing|"
        r"cancelled|canceled|cancelling|canceling|sorted|sorting)\b[^.]{0,50}?\bso (?:that )?"
        r"(?:my \w+|nobody|no one|they|she|he|no one else|nobody else|the kids|my kids|"
        r"my family) (?:wont|will not|doesnt|dont|wouldnt|never|has nothing|have nothing)"
        r"(?: ever)? (?:have|need|get stuck|be stuck|inherit|to deal|left)\b"
        r"(?: <W>){0,4} (?:to (?:deal|pay|sort|worry|handle|clean)|debts?|bills?|mess|"
        r"with it|with anything|after)\b",
        unless=r"\b(?:move|moving|wedding|divorce|mortgage refinanc\w*|baby|house hunting|"
        r"new job|budget)\b",
    ),
    Rule(
        r"\bonly one way (?:this|it|this all|my story|things|all this|my life) (?:ends|is going "
        r"to end|is gonna end|will end|can end|could end)\b|\b(?:this|it) (?:only )?ends one way\b"
    ),
    Rule(
        r"\b(?:im|i am|i|ill|im gonna|im going to|going to|gonna|planning to|finally)"
        r"(?: (?:think|really|finally|actually|just))* (?:going to |gonna |will |ll )?do it "
        r"(?:tonight|this weekend|tomorrow night|this week|soon|today|on (?:friday|saturday|"
        r"sunday|monday|tuesday|wednesday|thursday)|while (?:they|everyone|she|he) (?:sleep|"
        r"sleeps|are asleep|is asleep|are away|is away))\b",
        unless=r"\b(?:homework|essay|laundry|dishes|taxes|assignment|report|workout|exercise|"
        r"call|presentation|meditation|meditate|journal|journaling|practice|worksheet|"
        r"breathing|yoga|run|paperwork|cleaning|clean|shopping|it tomorrow morning|"
        r"exercise|form|application|email|test|quiz|project|reading|chores?)\b",
    ),
    Rule(
        r"\b(?:took|take|taking|got|get|getting|pulled|brought) (?:the |my |his |her |dads |"
        r"my dads |a )?(?:gun|pistol|bullets|ammo|ammunition|rifle|shotgun|revolver|handgun) "
        r"(?:out|down|from)\b",
        unless=r"\b(?:hunting|hunt|range|clean|cleaning|sell|selling|store|storing|locked|"
        r"lock|safe keeping|police|cops|turn in|gave (?:it|them) to)\b",
    ),
    Rule(
        r"\b(?:know|knew|decided|figured out|picked|chosen|chose|worked out|planned) "
        r"(?:exactly )?(?:how|where|when|which)\b(?: <W>){1,5} (?:to |ill |i will |i would |"
        r"id )?do it\b",
        unless=r"\b(?:homework|essay|laundry|dishes|taxes|assignment|report|workout|exercise|"
        r"presentation|meditation|project|paint|painting|recipe|cook|cooking|bake|tattoo|"
        r"propose|proposal|surprise|party|wedding|move|moving)\b",
    ),
    Rule(
        r"\b(?:took|take|taking|swallowed|swallow|downed|popped)\b(?: <W>){0,3} (?:extra|more|"
        r"too many|double|triple|a few extra|some extra|a bunch of)(?: <W>){0,2} <DRUG>\b"
        r"[^.]{0,50}?\b(?:to see what|see what (?:would|will|happens)|on purpose|hoping|hoped|"
        r"so i wouldnt|not to wake|didnt care|dont care|wouldnt mind|just to see|"
        r"to make it stop|to not feel|to sleep forever)\b",
        unless=r"\b(?:headache|migraine|pain from|back pain|cramps|cold|flu|allergies|"
        r"doctor said|as told|as prescribed)\b",
    ),
    Rule(
        r"<START>(?:its|it is|nothing is|none of it is|none of this is|this isnt|"
        r"its just not|its not|life isnt|life is not) (?:really |just )?(?:not )?worth it "
        r"(?:anymore|any more)(?= \.|$)"
    ),
    Rule(
        r"\b(?:tired|sick|exhausted|done) of (?:fighting|trying|struggling|holding on|hanging on|"
        r"surviving)(?! (?:with|for|about|over|against|to|the|my|our|her|his|their)\b)"
        r"(?: (?:this|it|so hard|every day|anymore|any more|all the time))?"
        r"[^.]{0,30}?\b(?:let go|give up|giving up|stop|end|over|done|quit)\b"
    ),
    Rule(
        r"\blet go of (?:life|living|this life|everything|it all|the world|this world|"
        r"my life|the rope|the railing|the edge)\b|\blet go (?:for good|forever|once and "
        r"for all)\b|\b(?:ready|want|wanna|going|time) to (?:just )?stop fighting<END>",
        unless=r"\b(?:control|perfection|expectations|past|grudge|ego|resentment|worry|"
        r"anxiety|fear|attachment|outcome)\b",
    ),
    Rule(
        r"\b(?:list|lists|note|notes|decided|deciding|figuring out|sorted out|wrote down) "
        r"(?:of )?who (?:gets|should get|will get|gets to have|inherits) what\b",
        unless=r"\b(?:divorce|split|separation|grandma|grandpa|grandmother|grandfather|"
        r"estate sale|her things|his things|their things|yard sale|garage sale|game|toys|"
        r"christmas|dinner|chores?|party|holiday|thanksgiving|potluck|team|secret santa)\b",
    ),
    Rule(
        r"\b(?:said|saying|say) goodbye to (?:people|everyone|everybody|them|my \w+|"
        r"each of them|the people i love) in (?:little|small|quiet|my own|subtle|secret|"
        r"tiny|private) ways\b"
    ),
    Rule(
        r"\b(?:knowing|thinking|feeling|in case|like|as if|because|since) (?:it|this|that|"
        r"tonight|today) (?:might|may|could|would|will|was|is) (?:be )?(?:the|my) (?:last|"
        r"final) time\b|\b(?:the|my) (?:last|final) time (?:i|ill|i will|im going to|"
        r"theyll|they will|she will|he will|shell|hell|youll|you will|anyone will) (?:ever )?"
        r"(?:see|hug|hold|kiss|hear|talk to|tuck in|speak to|write to|see me|hear from me)\b",
        unless=r"\b(?:move|moving|trip|flight|graduat\w*|sold|closing|last day|job|semester|"
        r"season|concert|tour|before (?:she|he|they|it) (?:died|passed|left|moved)|"
        r"hospice|passed|funeral|deploy\w*|school|camp|retire\w*|visit|visiting|vacation)\b",
    ),
    Rule(
        r"\b(?:dont|do not|wouldnt|would not|doesnt|didnt|did not|no longer) (?:even |really )?"
        r"care (?:if|whether) (?:i|my heart|my body|my liver|my kidneys) (?:die|died|dies|stop|"
        r"stops|stopped|give out|gives out|gave out|fail|fails|live|lived|wake up|woke up|"
        r"make it|survive|never wake|dont wake|didnt wake|od|overdose|crash|get hit|drown|"
        r"bleed out|pass out and)\b"
    ),
    Rule(
        r"\b(?:at peace|peaceful|calm|ready|okay|ok|fine|settled) (?:with|about) what "
        r"(?:im going to|i am going to|im gonna|ill|i will|i have to|i need to|i must|"
        r"ive decided to|i decided to) do(?= \.|$| now| tonight| soon)",
        unless=r"\b(?:job|work|quit|move|school|college|divorce|relationship|boss|house)\b",
    ),
]
