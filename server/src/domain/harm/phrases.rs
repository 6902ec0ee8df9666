//! The harm check: does a young person's message suggest they may be at
//! risk? A message that does is flagged so an officer reads it first.
//!
//! # Policy: err towards flagging
//!
//! A false alarm costs an officer a minute; a miss can cost a child. So the
//! lists below are deliberately broad: when a phrase *might* mean harm, it
//! is in. Only a short list of everyday idioms ("I hit a home run", "my team
//! beat them", "killing it at school", "this game is killer", "I'm dying to
//! go to the cinema") is taken out before matching, and only when the idiom
//! is cheap to recognise exactly. This check never decides anything on its
//! own: it only puts a message at the top of the pile.
//!
//! # How matching works
//!
//! 1. The text is lower-cased. Apostrophes (straight `'` or curly `’`) are
//!    dropped, so "don't" and "don’t" both become `dont` and "I'm" becomes
//!    `im`. Every other character that is not a letter or digit (spaces,
//!    punctuation, emoji, dashes) becomes a word break, so "self-harm"
//!    reads as `self harm` and "hurt😢" as `hurt`.
//! 2. Every [`SAFE_IDIOMS`] match is blanked out (its words can then match
//!    nothing).
//! 3. The message is flagged if any [`PHRASES`] entry matches consecutive
//!    words.
//!
//! A phrase is a space-separated list of tokens, one per word. A token is
//! one or more alternatives separated by `|`; an alternative matches a word
//! exactly, or, when it ends in `*`, any word starting with it. So
//! `hurt*` matches "hurt", "hurts", "hurting"; `hit* me|us` matches "hit me",
//! "hits us", "hitting me"; a lone `*` matches any one word. An alternative
//! is always one word: a phrase with a different number of words (say
//! "cannot" against "can not") needs its own entry. Child spellings
//! and text-speak ("kms", "sucide", "hert", "wanna die", "dont feel safe")
//! are written out as alternatives.
//!
//! Changing these lists changes who gets help first: add a test case with
//! every change, and have a safeguarding lead review it.

// ---------------------------------------------------------------------------
// THE REVIEWED LISTS
// ---------------------------------------------------------------------------

/// Phrases that suggest a young person may be at risk. Broad on purpose.
pub const PHRASES: &[(&str, &str)] = &[
    // --- Domestic abuse: first, so "hits my mum" is named as such --------
    ("domestic_abuse", "hit*|beat*|punch*|hurt*|kick*|slap*|strangl*|chok*|batter* my|her mum|mam|mom|mother"),
    ("domestic_abuse", "hit*|beat*|punch*|hurt*|kick*|slap*|strangl*|chok*|batter* mum|mam|mom"),
    // --- Suicide, wanting to die, not wanting to live ---------------------
    ("suicidal_thoughts", "suicid*|sucid*|suisid*|suicd*|suecid*|suiced*|sucicid*|suiscid*|soocid*"),
    ("suicidal_thoughts", "kill*"), // kill, kills, killed, killing, killer (idioms removed first)
    ("suicidal_thoughts", "kms|kys|unalive*"),
    ("suicidal_thoughts", "want*|wnt|wish|ready|deserve|going to|2 die|dye"),
    ("suicidal_thoughts", "wanna|wana|gonna|gunna|gona die|dye"),
    ("suicidal_thoughts", "let me die|dye"),
    ("suicidal_thoughts", "want* to be dead|gone"),
    ("suicidal_thoughts", "wanna|rather be dead|gone"),
    ("suicidal_thoughts", "wish i was|were dead|gone|never"),
    ("suicidal_thoughts", "wish i wasnt|werent born|here|alive"),
    ("suicidal_thoughts", "better off dead|without"),
    ("suicidal_thoughts", "never been born"),
    ("suicidal_thoughts", "end*|ending it all"),
    ("suicidal_thoughts", "gonna|wanna|to|going end* it|myself|me"),
    ("suicidal_thoughts", "end*|take*|taking my life"),
    ("suicidal_thoughts", "end*|take*|taking my own life"),
    ("suicidal_thoughts", "dont|not|never want*|wanna to live|exist"),
    ("suicidal_thoughts", "dont|not|never wanna live|exist"),
    ("suicidal_thoughts", "dont|not|never wanna be here|alive"),
    ("suicidal_thoughts", "dont|not|never want* to be here|alive"),
    ("suicidal_thoughts", "no point living"),
    ("suicidal_thoughts", "no point in|to living|life|being"),
    ("suicidal_thoughts", "no reason to live"),
    ("suicidal_thoughts", "nothing to live for"),
    ("suicidal_thoughts", "tired|sick of living|life|being"),
    ("suicidal_thoughts", "hate my life|self"),
    ("suicidal_thoughts", "hate myself"),
    ("suicidal_thoughts", "hate being alive|me|here"),
    ("suicidal_thoughts", "cant|cannot|cnt go on"),
    ("suicidal_thoughts", "cant|cannot|cnt cope"),
    ("suicidal_thoughts", "cant|cannot|cnt take it|this|anymore|any"),
    ("suicidal_thoughts", "cant do this|it anymore|any"),
    ("suicidal_thoughts", "want*|wanna|could|just|to disappear*"),
    ("suicidal_thoughts", "never|dont wake up"),
    ("suicidal_thoughts", "not to wake up"),
    ("suicidal_thoughts", "overdos*|od"),
    ("suicidal_thoughts", "took|take*|swallow*|many tablets|pills"),
    ("suicidal_thoughts", "hang* myself|me"),
    ("suicidal_thoughts", "noose"),
    ("suicidal_thoughts", "jump* off"),
    ("suicidal_thoughts", "jump* in front"),
    ("suicidal_thoughts", "worthless"),
    ("suicidal_thoughts", "lonely"),
    ("suicidal_thoughts", "all alone"),
    ("suicidal_thoughts", "depress*"),
    ("suicidal_thoughts", "no one cares|loves|likes|wants"),
    ("suicidal_thoughts", "nobody|noone|no1 cares|loves|likes|wants"),
    // --- Self-harm ---------------------------------------------------------
    ("self_harm", "self harm*|hurt*|injur*"),
    ("self_harm", "selfharm*"),
    ("self_harm", "cut* myself|me|my|wrist*"),
    ("self_harm", "harm*|hurt*|hert*|burn*|scratch*|bang* myself"),
    ("self_harm", "blade*|razor*"),
    ("self_harm", "scars|scarring"),
    ("self_harm", "blood|bleed*|bled"),
    // --- Hurt, hit, physical abuse, violence ------------------------------
    ("physical_abuse", "hurt*"),
    ("physical_abuse", "hert|herts|herting|herted|hurted"),
    ("physical_abuse", "hit* me|us|my|him|her|them|u|ya|you|mum|mam|mom|dad|nan|brother|sister"),
    ("physical_abuse", "got|get|gets|getting|been|was|were|being|be hit*|beat*|punch*|kick*|slap*|hurt*|smack*|attack*|stabbed|bullied|abused|raped|touched|groomed|threatened|choked|strangled|pushed|shoved|burnt|burned|locked|battered|jumped"),
    ("physical_abuse", "beat*|beet|beets me|us|my|him|her|them|u|mum|mam|mom|dad|up"),
    ("physical_abuse", "beaten"),
    ("physical_abuse", "punch*|slap*|smack*|whack*|thump*|strangl*|throttl*|chok*"),
    ("physical_abuse", "kick*|kik* me|us|my|him|her|them|u|mum|mam|mom|out|in"),
    ("physical_abuse", "push*|shov* me|us|my|him|her|down"),
    ("physical_abuse", "bite*|bit me|us"),
    ("physical_abuse", "pinch* me|us"),
    ("physical_abuse", "pull* my hair"),
    ("physical_abuse", "pull* me by|around|along"),
    ("physical_abuse", "throw*|threw * at me|us"),
    ("physical_abuse", "throw*|threw things|stuff|plates"),
    ("physical_abuse", "bruis*"),
    ("physical_abuse", "black eye*"),
    ("physical_abuse", "attack*|assault*|violen*"),
    ("physical_abuse", "batter* me|us|my|him|her"),
    ("serious_violence", "knife|knifed|knives|stab|stabs|stabbed|stabbing"),
    ("serious_violence", "gun|guns|gunpoint|weapon*"),
    ("serious_violence", "shoot*|shot me|us|him|her|at"),
    ("physical_abuse", "fight*|fite*"),
    ("domestic_abuse", "domestic*"),
    ("domestic_abuse", "police came|round|were|was|took"),
    ("domestic_abuse", "call*|ring*|rang the police|cops"),
    ("emotional_abuse", "shout*|scream*|yell*|swear* at me|us"),
    ("emotional_abuse", "call* me names|fat|ugly|stupid|thick|useless"),
    // --- Abuse, sexual abuse, grooming ------------------------------------
    ("sexual_abuse", "abus*|abbus*|abuce*|abuz*"),
    ("sexual_abuse", "rape*|raping|rapist*"),
    ("sexual_abuse", "molest*"),
    ("sexual_abuse", "sex*"),
    ("sexual_abuse", "touch*|tuch*|tutch* me|my|us|him|her|myself|private*|down|there"),
    ("sexual_abuse", "privates"),
    ("sexual_abuse", "private part*|area*|place*"),
    ("sexual_abuse", "in my pants|knickers"),
    ("sexual_abuse", "inappropriat*"),
    ("sexual_abuse", "in appropriat*"),
    ("grooming", "nude*|naked|porn*"),
    ("grooming", "send*|sent me|him|her pics|pictures|photos|nudes"),
    ("grooming", "send*|sent pics|pictures|photos|nudes|selfies|vids|videos"),
    ("grooming", "pics|pictures|photos|videos of me"),
    ("grooming", "groom*"),
    ("grooming", "paedo*|pedo|pedos|pedophil*|pervert*|perv|pervs|pervy|creep*"),
    ("grooming", "older man|men|boy|boys|guy|guys|boyfriend|girlfriend"),
    ("sexual_abuse", "our secret"),
    ("sexual_abuse", "keep* it|a secret"),
    ("sexual_abuse", "keep* it a secret"),
    ("sexual_abuse", "dont tell"),
    ("sexual_abuse", "not to tell"),
    ("sexual_abuse", "not tell anyone|anybody|nobody|no"),
    ("sexual_abuse", "made|make|makes|making|force*|forced me kiss|touch*|watch|send|drink|smoke|undress|strip|sleep"),
    ("sexual_abuse", "forc* me|us|to"),
    ("sexual_abuse", "come*|came|comes into|in my room|bed|bedroom"),
    ("sexual_abuse", "in bed with"),
    ("sexual_abuse", "get*|got into my bed"),
    // --- Exploitation, drugs, alcohol, debt -------------------------------
    ("exploitation", "exploit*"),
    ("trafficking", "traffick*"),
    ("exploitation", "county lines"),
    ("exploitation", "drug*|dealer*|cocaine|coke|cannabis|weed|heroin|ketamine"),
    ("neglect", "drunk*|alcohol*"),
    ("neglect", "drinks|drinking too much"),
    ("neglect", "drinks|drinking again|all|every|loads"),
    ("exploitation", "owe* them|him|her|money"),
    ("exploitation", "in debt"),
    ("exploitation", "gang*"),
    ("exploitation", "stash*"),
    ("exploitation", "hold*|carry*|keep*|stash*|deliver* stuff|things|packages|parcels|bags|drugs for"),
    // --- Threats, stalking, bullying --------------------------------------
    ("emotional_abuse", "threat*|thret*|thretten*"),
    ("emotional_abuse", "blackmail*"),
    ("unsafe_now", "stalk*"),
    ("unsafe_now", "follow* me|us home|around|everywhere|to|from"),
    ("emotional_abuse", "bully|bullys|bullies|bullied|bullying|bulling|buly*|bulli*"),
    ("emotional_abuse", "pick* on me|us"),
    ("emotional_abuse", "jump* me|us"),
    ("emotional_abuse", "leave me alone"),
    // --- Running away, nowhere safe to live -------------------------------
    ("missing", "run*|ran|rann away|off"),
    ("missing", "runaway*"),
    ("missing", "go|went|gone|goes|going missing"),
    ("missing", "leav*|left home"),
    ("homeless", "kicked|thrown|threw|chucked out"),
    ("homeless", "thrown|threw|throw*|chuck*|kick* me|us out"),
    ("homeless", "nowhere to go|sleep|live|stay"),
    ("homeless", "homeless*"),
    ("homeless", "sleep*|slept rough|outside|street*"),
    ("homeless", "sofa surf*"),
    ("missing", "dont|not|never want* to go home|back"),
    ("missing", "dont|not|never wanna go home|back"),
    // --- Not safe, scared -------------------------------------------------
    ("unsafe_now", "not|isnt|aint|never safe"),
    ("unsafe_now", "unsafe"),
    ("unsafe_now", "dont|doesnt|didnt|never|not|dnt|cant|no feel*|felt safe|save|saf"),
    ("unsafe_now", "scared|scard|skared|scaired|scarred|frightened|frightening|afraid|terrified|petrified"),
    ("unsafe_now", "frighten*|terrifies"),
    ("unsafe_now", "scares me|us"),
    ("unsafe_now", "im|so|really|very|too sacred"),
    ("unsafe_now", "fear|fears|fearful|feared"),
    // --- Neglect ----------------------------------------------------------
    ("neglect", "starv*"),
    ("neglect", "no food|dinner|tea|breakfast|lunch|meals"),
    ("neglect", "not enough food|to"),
    ("neglect", "nothing to eat"),
    ("neglect", "dont|doesnt|didnt|wont|never feed* me|us"),
    ("neglect", "havent|hasnt|hadnt|not eaten|fed"),
    ("neglect", "always|still hungry"),
    ("neglect", "hungry all"),
    ("neglect", "bed hungry"),
    ("neglect", "no heating|electric*|gas|hot|water|clean|bed|shoes|coat"),
    ("neglect", "left alone"),
    ("neglect", "left on my own"),
    ("neglect", "home alone"),
    ("emotional_abuse", "lock*|lok* me|us|in|out"),
    ("emotional_abuse", "shut* me|us in|out"),
    ("emotional_abuse", "not|never|aint allowed|aloud|alowed out|food|outside"),
    ("emotional_abuse", "not|never|aint allowed|aloud|alowed to eat|leave|see|talk|tell|wash|sleep|phone|speak"),
    // --- Asking for help --------------------------------------------------
    ("cry_for_help", "help|save|rescue me|us"),
    ("cry_for_help", "need* help"),
    ("cry_for_help", "please help"),
    ("cry_for_help", "get me out"),
    ("cry_for_help", "sos"),
    // --- Added for issue 11: the kinds of concern the first list missed ---
    ("fgm", "fgm"),
    ("fgm", "female circumcis*|genital"),
    ("fgm", "circumcis*"),
    ("fgm", "the cutting"),
    ("fgm", "cutting ceremony|procedure|done"),
    ("fgm", "be|get|getting|being|been|was cut down there"),
    ("fgm", "cut me|us down there"),
    ("fgm", "sunna|khitan"),
    ("fgm", "sew* me|us up"),
    ("forced_marriage", "forced marriage"),
    ("forced_marriage", "forc*|make*|making|made me marry|wed"),
    ("forced_marriage", "forc*|made|make* to marry|wed"),
    ("forced_marriage", "forc*|made|make* to get married"),
    ("forced_marriage", "force*|forcing|making|make*|made me get married"),
    ("forced_marriage", "have|has|got to marry"),
    ("forced_marriage", "arrang* my marriage|wedding"),
    ("forced_marriage", "marry my|a cousin"),
    ("forced_marriage", "dont|not|never want* to marry"),
    ("forced_marriage", "dont|not|never want* to get married"),
    ("forced_marriage", "want* me to marry"),
    ("forced_marriage", "want* me to get married"),
    ("forced_marriage", "back home to marry"),
    ("forced_marriage", "back home to get married"),
    ("forced_marriage", "found|find|chose|choose me a husband|wife"),
    ("forced_marriage", "my future husband|wife"),
    ("forced_marriage", "my nikah"),
    ("trafficking", "took|take*|taken|keep*|kept|have|has|got|hold*|holding my passport|papers|documents|id"),
    ("trafficking", "no pay|wages"),
    ("trafficking", "dont|not|never|doesnt|didnt pay* me|us"),
    ("trafficking", "dont|not|never get paid"),
    ("trafficking", "without pay|wages|payment"),
    ("trafficking", "without being paid"),
    ("trafficking", "for the journey"),
    ("trafficking", "brought me|us here|over"),
    ("trafficking", "brought me|us to this country"),
    ("trafficking", "smuggl*"),
    ("trafficking", "trafficked|slavery|slave|slaves"),
    ("honour_abuse", "dishonour*|dishonor*"),
    ("honour_abuse", "brought|bring|bringing shame"),
    ("honour_abuse", "shame on|to the|my family"),
    ("honour_abuse", "shamed the|my family|them"),
    ("honour_abuse", "family honour|honor|name"),
    ("radicalisation", "extremis*|radicalis*|radicaliz*|jihad*|martyr*|terroris*"),
    ("radicalisation", "holy|race war"),
    ("radicalisation", "join isis|daesh"),
    ("radicalisation", "join the fight|fighters|war|jihad"),
    ("radicalisation", "isis|daesh|infidel*|kuffar|kafir"),
    ("radicalisation", "make|making|build* a bomb|bombs"),
    ("radicalisation", "behead*"),
    ("radicalisation", "shoot*|shot up"),
    ("radicalisation", "kill unbelievers|muslims|jews|christians|immigrants|foreigners"),
    ("serious_violence", "machete*|shank*"),
    ("serious_violence", "zombie knife|knives"),
    ("serious_violence", "carry*|bring*|brought|got|have a knife|blade|shank|gun"),
    ("serious_violence", "pulled a knife|blade|gun"),
    ("serious_violence", "price on me"),
    ("serious_violence", "price on my head"),
    ("serious_violence", "wet me|him|you up"),
    ("serious_violence", "getting|get wet up"),
    ("staff_misconduct", "restrain*|restraint*"),
    ("staff_misconduct", "pinned|held|hold*|holding me down"),
    ("staff_misconduct", "staff|carer|carers|worker|workers|teacher|keyworker hurt*|hit*|push*|grab*|grabbed|drag*|slap*|kick*|punch*|swear*|touch*|sat"),
    ("eating_problems", "make*|making|made myself sick|vomit|puke"),
    ("eating_problems", "make*|making|made myself throw up"),
    ("eating_problems", "laxative*|purg*|binge*|bingeing|anorexi*|bulimi*"),
    ("eating_problems", "eating disorder"),
    ("eating_problems", "pro ana|mia"),
    ("eating_problems", "starv* myself"),
    ("eating_problems", "scared of food|eating"),
    ("eating_problems", "dont deserve to eat"),
    ("eating_problems", "skip* meals"),
    ("homeless", "evict*"),
    ("homeless", "nowhere to go|sleep|live|stay"),
    ("homeless", "no home"),
    ("exploitation", "trap house*"),
    ("exploitation", "going|go|went country"),
    ("exploitation", "cuckoo*"),
    ("exploitation", "burner"),
    ("exploitation", "do|doing|did the runs"),
    ("exploitation", "run* a line|lines"),
    ("exploitation", "sell*|selling|sold drugs|weed|coke|crack"),
    ("exploitation", "olders"),
    ("grooming", "sextort*"),
    ("grooming", "nudes"),
    ("grooming", "delete our chats|messages|texts"),
    ("grooming", "mature for my age"),
    ("grooming", "in his|her 20s|30s|40s|50s|twenties|thirties|forties"),
    ("neglect", "no adult|adults|grownup|grownups"),
    ("neglect", "no grown up|ups"),
    ("neglect", "not|hasnt|hadnt|havent been home|back"),
    ("neglect", "fridge|cupboards|cupboard is|are empty"),
    ("neglect", "nobody|noone looks|look after me|us"),
    ("neglect", "no one looks|look after me|us"),
    ("unsafe_now", "in danger"),
    ("unsafe_now", "hiding in|under"),
    ("unsafe_now", "banging on|at my door"),
    ("unsafe_now", "trying to get in"),
    ("missing", "not going|coming back|home"),
    ("suicidal_thoughts", "saving|saved|stockpil*|hoard*|collecting my|up tablets|pills|meds|paracetamol"),
    ("suicidal_thoughts", "saving|saved|stockpil*|hoard*|collecting up my tablets|pills|meds"),
    ("suicidal_thoughts", "how many tablets|pills|paracetamol"),
    ("suicidal_thoughts", "ways to die"),
    ("suicidal_thoughts", "better off without me"),
    ("suicidal_thoughts", "a burden"),
    ("suicidal_thoughts", "end it"),
    ("suicidal_thoughts", "not|wont|wouldnt be around|here much|long|for"),
    ("suicidal_thoughts", "goodbye letter*|note*"),
    ("suicidal_thoughts", "stop existing"),
    // Added for issue 11 (harm3), from leave-one-out misses on tests/harm/tune.
    ("suicidal_thoughts", "if i died|die"),
    ("suicidal_thoughts", "if i was|were dead|gone"),
    ("suicidal_thoughts", "if i wasnt|werent here|alive|around"),
    ("suicidal_thoughts", "no one would care|notice|miss"),
    ("suicidal_thoughts", "nobody|noone would care|notice|miss"),
    ("suicidal_thoughts", "want* to be in heaven"),
    ("suicidal_thoughts", "want* to be with * in heaven"),
    ("suicidal_thoughts", "want* to be with * * in heaven"),
    ("self_harm", "days|weeks|months clean"),
    ("missing", "missing from care|home|placement"),
    ("neglect", "no one makes|cooks|gives me dinner|tea|food|breakfast|lunch"),
    ("neglect", "nobody|noone makes|cooks|gives me dinner|tea|food|breakfast|lunch"),
    ("sexual_abuse", "make*|made|making me take my clothes|top|trousers|pants off"),
    ("serious_violence", "shoot*|shot up the|a|my school|club|college|mosque|church|party|youth"),
];

/// Phrases that are also common in everyday talk ("i'm starving",
/// "i beat my brother at fifa", "help me with my homework"). When the
/// meaning layer is on, a message matched only by one of these is flagged
/// unless its meaning is clearly ordinary (see `harm::check_many`); with
/// the meaning layer off they flag like any other phrase.
pub const WEAK: &[&str] = &[
    "kill*",
    "lonely",
    "all alone",
    "blood|bleed*|bled",
    "hurt*",
    "got|get|gets|getting|been|was|were|being|be hit*|beat*|punch*|kick*|slap*|hurt*|smack*|attack*|stabbed|bullied|abused|raped|touched|groomed|threatened|choked|strangled|pushed|shoved|burnt|burned|locked|battered|jumped",
    "beat*|beet|beets me|us|my|him|her|them|u|mum|mam|mom|dad|up",
    "punch*|slap*|smack*|whack*|thump*|strangl*|throttl*|chok*",
    "kick*|kik* me|us|my|him|her|them|u|mum|mam|mom|out|in",
    "bruis*",
    "attack*|assault*|violen*",
    "knife|knifed|knives|stab|stabs|stabbed|stabbing",
    "gun|guns|gunpoint|weapon*",
    "shoot*|shot me|us|him|her|at",
    "fight*|fite*",
    "police came|round|were|was|took",
    "call*|ring*|rang the police|cops",
    "throw*|threw things|stuff|plates",
    "sex*",
    "older man|men|boy|boys|guy|guys|boyfriend|girlfriend",
    "keep* it|a secret",
    "dont tell",
    "not to tell",
    "not tell anyone|anybody|nobody|no",
    "drug*|dealer*|cocaine|coke|cannabis|weed|heroin|ketamine",
    "drunk*|alcohol*",
    "gang*",
    "stash*",
    "owe* them|him|her|money",
    "bully|bullys|bullies|bullied|bullying|bulling|buly*|bulli*",
    "leave me alone",
    "run*|ran|rann away|off",
    "go|went|gone|goes|going missing",
    "leav*|left home",
    "home alone",
    "left alone",
    "left on my own",
    "lock*|lok* me|us|in|out",
    "scared|scard|skared|scaired|scarred|frightened|frightening|afraid|terrified|petrified",
    "frighten*|terrifies",
    "scares me|us",
    "fear|fears|fearful|feared",
    "starv*",
    "help|save|rescue me|us",
    "need* help",
    "please help",
    "sos",
    "follow* me|us home|around|everywhere|to|from",
    "pics|pictures|photos|videos of me",
    "send*|sent me|him|her pics|pictures|photos|nudes",
    "send*|sent pics|pictures|photos|nudes|selfies|vids|videos",
    "no heating|electric*|gas|hot|water|clean|bed|shoes|coat",
    "not|never|aint allowed|aloud|alowed out|food|outside",
    "not|never|aint allowed|aloud|alowed to eat|leave|see|talk|tell|wash|sleep|phone|speak",
    "cut* myself|me|my|wrist*",
    "shout*|scream*|yell*|swear* at me|us",
    "depress*",
    "threat*|thret*|thretten*",
    "domestic*",
    "hate myself",
    "worthless",
    "circumcis*",
    "the cutting",
    "have|has|got to marry",
    "took|take*|taken|keep*|kept|have|has|got|hold*|holding my passport|papers|documents|id",
    "no pay|wages",
    "without pay|wages|payment",
    "family honour|honor|name",
    "make|making|build* a bomb|bombs",
    "shoot*|shot up",
    "staff|carer|carers|worker|workers|teacher|keyworker hurt*|hit*|push*|grab*|grabbed|drag*|slap*|kick*|punch*|swear*|touch*|sat",
    "make*|making|made myself sick|vomit|puke",
    "make*|making|made myself throw up",
    "skip* meals",
    "no home",
    "going|go|went country",
    "burner",
    "olders",
    "in his|her 20s|30s|40s|50s|twenties|thirties|forties",
    "hiding in|under",
    "banging on|at my door",
    "trying to get in",
    "not going|coming back|home",
    "a burden",
    "end it",
    "saving|saved|stockpil*|hoard*|collecting my|up tablets|pills|meds|paracetamol",
];

/// Everyday idioms that would otherwise look like harm. Their words are
/// blanked before [`PHRASES`] are matched. Keep this list SHORT and exact:
/// every entry is a way a real disclosure could be missed.
pub const SAFE_IDIOMS: &[&str] = &[
    "hit* a home run",
    "home run*",
    "hit* the ball",
    "big hit",
    "hit song|songs|single|record",
    "team|we beat|beaten them|you|the",
    "beat* them|you at",
    "beat* my|your|the high|best|score|record|time|level|game|boss",
    "beaten at",
    "killing|killed|smashed it",
    "is|so|was killer",
    "killer whale*|game|games|app|sudoku|bees|move|moves|tune|tunes",
    "dying|dieing to",
    "to die for",
    "die*|dying laughing",
    "died|dying of laughter|laughing",
    "punchline*",
    "fruit punch",
    "slapstick",
    "pillow|food|water|snowball|nerf fight*",
    "dog|horse|pony|pet grooming|groomer*|groomed",
    "bride and groom",
    "cut* my|your|her|his hair|fringe",
    "sex ed|education",
    // Hair dye, not dying ("i want to dye my hair", often spelt "die").
    "die|dye|dyed|dyeing|dying my|your|her|his|our hair|fringe|roots",
    "hair dye|die",
    "die*|dying|died of boredom|embarrassment|cringe",
    "kill|murder for a|some",
    "could murder a|some",
    "phone|battery|laptop|charger|tablet|ipad|plant|plants|fish|goldfish|hamster died",
    // A lesson about a danger is not the danger.
    "lesson*|assembly|learnt|learned|learning|project|workshop|video|pshe|rse about|on county|grooming|knife|forced|fgm|radicalisation|extremism|drugs|gangs|exploitation",
    "a talk about|on county|grooming|knife|forced|fgm|radicalisation|extremism|drugs|gangs|exploitation",
    // Medicine taken as prescribed.
    "tablets|medicine|medication|inhaler|pills for my|his|her|the asthma|adhd|epilepsy|allergies|hayfever|acne|headache|period|periods",
    // Added for issue 11 (harm3): everyday words that matched a phrase that
    // is not weak. Each is exact; the same words about a person still flag.
    // A thing, not a person, about to die ("my phone is going to die").
    "phone|battery|laptop|tablet|ipad|controller|headphones|airpods|earphones|charger|console|xbox|it is|s|was going|about to die",
    "phone|battery|laptop|tablet|ipad|controller|headphones|airpods|earphones|charger|console|xbox|it|its going|about to die",
    // Scores and targets ("we got beaten 3 0", "i hit my target grade").
    "beaten 0|1|2|3|4|5|6|7|8|9|10|nil",
    "beaten on penalties",
    "hit* my target*|goal*|grade*|pb|personal",
    // Someone else owing money back, chores ("my brother didnt pay me back").
    "pay* me|us back",
    "paid for chores|homework|babysitting",
    "paid for doing chores|homework",
    // Ill in bed, a tent, a diving board, a dog.
    "in bed with a|the cold|flu|bug|fever|temperature|migraine|virus|headache|sickness",
    "in bed with covid|flu|tonsillitis|chickenpox|sickness",
    "sleep*|slept outside in a|our|the tent|tents",
    "jump*|jumped off the|a diving|high|top board",
    "jump*|jumped off the|a trampoline|swing|swings|slide|sofa|bunk",
    "dog|cat|puppy|kitten|hamster|rabbit|horse|pony|snake|mosquito bit|bites|bite me|us",
    // Somewhere for young people to go, an exam, a rule about bedtime.
    "nowhere to go round|around|near here|there",
    "nowhere to go for fun|teenagers|teens|kids|young",
    "in danger of failing|losing|missing|dropping",
    "make*|made|making me sleep early|before",
    "tired|sick of being told|nagged|asked|bored",
    // Not at a meeting ("i wont be here for my review"), not "not here long".
    "be here|around for|on the|my|our meeting|review|visit|appointment|session|trip|match|party",
    "be here|around on|for monday|tuesday|wednesday|thursday|friday|saturday|sunday|contact",
    // Someone else, not the young person ("im better off without him").
    "better off without him|her|them|it|that|social",
];

// ---------------------------------------------------------------------------
// THE MATCHER
// ---------------------------------------------------------------------------

/// A phrase that matched: the kind of concern it names and the words of
/// the message it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub category: &'static str,
    pub words: String,
    /// Matched only by a [`WEAK`] phrase.
    pub weak: bool,
}

/// A reviewed list, parsed once, ready to match.
pub struct PhraseList {
    phrases: Vec<(&'static str, Phrase)>,
    weak: Vec<bool>,
    idioms: Vec<Phrase>,
    first: FirstTokens,
}

impl PhraseList {
    pub fn new(
        phrases: &'static [(&'static str, &'static str)],
        idioms: &'static [&'static str],
        weak: &[&str],
    ) -> PhraseList {
        // Entries are folded as messages are (a few short lists, once).
        let folded = |e: &'static str| -> &'static str {
            let f: String = e.chars().flat_map(char::to_lowercase).map(fold).collect();
            match f == e {
                true => e,
                false => Box::leak(f.into_boxed_str()),
            }
        };
        let parsed: Vec<(&'static str, Phrase)> = phrases.iter().map(|(c, e)| (*c, parse(folded(e)))).collect();
        let only: Vec<Phrase> = parsed.iter().map(|(_, p)| p.clone()).collect();
        PhraseList {
            weak: phrases.iter().map(|(_, e)| weak.contains(e)).collect(),
            first: FirstTokens::of(&only),
            phrases: parsed,
            idioms: idioms.iter().map(|e| parse(e)).collect(),
        }
    }

    /// The first listed phrase found in `words` (split and normalised),
    /// preferring any phrase that is not [`WEAK`].
    pub fn find(&self, words: &[String]) -> Option<Hit> {
        let mut words = words.to_vec();
        for idiom in &self.idioms {
            for start in 0..words.len() {
                if matches_at(&words, start, idiom) {
                    for word in &mut words[start..start + idiom.len()] {
                        word.clear();
                    }
                }
            }
        }
        // Only the phrases whose first token can match a word are tried
        // there. A phrase that is not weak wins, then the longest (the
        // most specific: "forced to get married" over "forced to"), then
        // the one listed first.
        (0..words.len())
            .filter_map(|start| {
                let word = words[start].as_str();
                if word.is_empty() {
                    return None;
                }
                self.first
                    .candidates(word)
                    .filter(|&i| matches_at(&words, start, &self.phrases[i].1))
                    .min_by_key(|&i| (self.weak[i], std::cmp::Reverse(self.phrases[i].1.len()), i))
                    .map(|i| (self.weak[i], std::cmp::Reverse(self.phrases[i].1.len()), i, start))
            })
            .min()
            .map(|(weak, _, i, start)| Hit {
                category: self.phrases[i].0,
                words: words[start..start + self.phrases[i].1.len()].join(" "),
                weak,
            })
    }
}

/// The English list.
pub fn english() -> &'static PhraseList {
    static LIST: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(PHRASES, SAFE_IDIOMS, WEAK));
    &LIST
}

/// True if `text` matches the English list (text-speak written out first).
pub fn suggests_harm(text: &str) -> bool {
    english().find(&super::speak::expand(words(text))).is_some()
}

/// The phrases by their first token: exact words in a map, prefixes in a list.
struct FirstTokens {
    exact: std::collections::HashMap<&'static str, Vec<usize>>,
    prefixes: Vec<(&'static str, usize)>,
}

impl FirstTokens {
    fn of(phrases: &[Phrase]) -> FirstTokens {
        let mut first = FirstTokens {
            exact: std::collections::HashMap::new(),
            prefixes: Vec::new(),
        };
        for (i, phrase) in phrases.iter().enumerate() {
            for alt in phrase.first().into_iter().flatten() {
                match alt.strip_suffix('*') {
                    Some(prefix) => first.prefixes.push((prefix, i)),
                    None => first.exact.entry(*alt).or_default().push(i),
                }
            }
        }
        first
    }

    /// Indexes of the phrases whose first token matches `word`.
    fn candidates<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        let exact = self.exact.get(word).into_iter().flatten().copied();
        let prefixed = self
            .prefixes
            .iter()
            .filter(move |(prefix, _)| word.starts_with(prefix))
            .map(|(_, i)| *i);
        exact.chain(prefixed)
    }
}

use std::sync::LazyLock;

/// One phrase as tokens, each token as its alternatives.
type Phrase = Vec<Vec<&'static str>>;

fn parse(entry: &'static str) -> Phrase {
    entry
        .split_whitespace()
        .map(|token| token.split('|').collect())
        .collect()
}

/// Lower-cases, drops apostrophes and splits on anything that is not a
/// letter or a digit.
pub fn words(text: &str) -> Vec<String> {
    let mut clean = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => {}
            // Arabic-script vowel marks and tatweel, the zero-width
            // non-joiner inside Persian words, and combining accents: a
            // word reads the same with or without them.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{0300}'..='\u{036F}' => {}
            c if c.is_alphanumeric() => clean.push(fold(c)),
            _ => clean.push(' '),
        }
    }
    clean.split_whitespace().map(String::from).collect()
}

/// Letters that are written more than one way in Arabic script become
/// one: alef with hamza or madda → alef, waw and yeh with hamza → waw and
/// yeh, Arabic yeh and alef maksura → Persian yeh, Arabic kaf → Persian
/// keheh, teh marbuta → heh. Other letters are unchanged.
pub fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' | 'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ة' => 'ه',
        c => c,
    }
}

/// Does `phrase` match the words starting at `start`, one token per word?
fn matches_at(words: &[String], start: usize, phrase: &Phrase) -> bool {
    !phrase.is_empty()
        && start + phrase.len() <= words.len()
        && phrase
            .iter()
            .zip(&words[start..])
            .all(|(alternatives, word)| token_matches(alternatives, word))
}

/// Does one token match one word? An alternative ending in `*` is a
/// prefix; blanked words (removed idioms) match nothing.
fn token_matches(alternatives: &[&str], word: &str) -> bool {
    !word.is_empty()
        && alternatives.iter().any(|alt| match alt.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => word == *alt,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOULD_FLAG: &[&str] = &[
        "My dad hits me when he is angry",
        "he hit me again last night",
        "mum's boyfriend beat me up",
        "She beats my little brother",
        "I got beaten by my step dad",
        "I want to kill myself",
        "i wanna die",
        "i want 2 die tbh",
        "kms",
        "honestly kys is what they keep saying to me",
        "I have been thinking about sucide",
        "I feel suicidal",
        "I want to end it all",
        "i cut myself last week",
        "I have been self-harming again",
        "I self harm",
        "i'm going to run away",
        "I ran away from my placement",
        "thinking about running away",
        "I don't feel safe at home",
        "i dont feel safe",
        "I don\u{2019}t feel safe here",
        "It's not safe at my house",
        "im scared to go home",
        "I'm scared of him",
        "im scared",
        "my uncle touched me",
        "Someone abused me when I was little",
        "he was abusing my sister",
        "she raped me",
        "he kicks me",
        "they punched me at school",
        "my carer slapped me",
        "there is no food in the house",
        "I'm starving and theres nothing to eat",
        "they locked me in my room",
        "I think I'm being groomed",
        "he threatened to hurt my mum",
        "a man asked me to send pics",
        "they make me carry drugs for them",
        "i owe them money and they said they would get me",
        "HE HURTS ME",
        "he hurt me \u{1F622}\u{1F622}",
        "\u{1F62D}my brother hert me\u{1F62D}",
        "please help me",
        "he said it's our secret",
        "i get bullied every day and they jumped me",
        "there's no heating and no food",
        "I am frightened of my foster dad",
        "they threw plates at me",
        "I wish I was dead",
        "I can't cope anymore",
        "i hate myself",
        "my mum is drunk all the time",
        "he follows me home",
        "if i died tomorrow no one would care",
        "nobody would notice if i was gone",
        "i broke my 60 days clean",
        "ive been missing from care since tuesday",
        "no one makes me dinner",
        "he makes me take my clothes off",
        "someone is going to shoot up the youth club",
    ];

    const SHOULD_NOT_FLAG: &[&str] = &[
        "I hit a home run",
        "my team beat them",
        "We beat them 3-0 on Saturday!",
        "I'm killing it at school",
        "this game is killer",
        "I'm dying to go to the cinema",
        "I want more pocket money",
        "My social worker is nice",
        "can we have a trip to the beach",
        "I like my new school and my teacher is kind",
        "Can I have a bike for my birthday?",
        "I beat my high score on my game",
        "Thank you for listening to me",
        "Please can I see my brother more often",
        "I would like to do football after school",
        "I feel safe and happy with my carers",
        "The food here is nice, especially the pasta",
        "I'm learning to play the guitar",
        "we had a pillow fight, it was so funny",
        "the joke had a great punchline",
        "I want to cut my hair short",
        "That cake was to die for",
        "my phone is going to die",
        "its gonna die lol im on 1 percent",
        "we got beaten 3-0",
        "i hit my target grade in maths",
        "my brother didnt pay me back",
        "i dont get paid for doing chores",
        "i was in bed with a cold all weekend",
        "we slept outside in a tent at scouts",
        "i jumped off the diving board",
        "the dog bit me but it was only playing",
        "theres nowhere to go round here for teenagers",
        "im in danger of failing maths",
        "my carer makes me sleep early on school nights",
        "im sick of being told what to do",
        "i wont be here for my review on monday",
        "im better off without him hes a liar",
        "",
        "\u{1F600}\u{1F44D}",
    ];

    #[test]
    fn flags_messages_that_suggest_harm() {
        for msg in SHOULD_FLAG {
            assert!(suggests_harm(msg), "should be flagged: {msg:?}");
        }
        assert!(SHOULD_FLAG.len() >= 30);
    }

    #[test]
    fn does_not_flag_everyday_messages() {
        for msg in SHOULD_NOT_FLAG {
            assert!(!suggests_harm(msg), "should not be flagged: {msg:?}");
        }
        assert!(SHOULD_NOT_FLAG.len() >= 12);
    }

    #[test]
    fn idioms_do_not_hide_real_harm_in_the_same_message() {
        assert!(suggests_harm("I hit a home run but then my dad hit me"));
        assert!(suggests_harm("I'm killing it at school but I want to kill myself"));
        assert!(suggests_harm("my team beat them and after that he beat me up"));
        assert!(suggests_harm("my phone is going to die and so am i i want to die"));
        assert!(suggests_harm("i wont be here for long"));
        assert!(suggests_harm("they would be better off without me"));
        assert!(suggests_harm("he makes me sleep in his bed"));
        assert!(suggests_harm("i have nowhere to go tonight"));
        assert!(suggests_harm("im going to jump off the bridge"));
        assert!(suggests_harm("im in danger"));
        assert!(suggests_harm("they dont pay me for working in the shop"));
    }

    #[test]
    fn normalises_case_apostrophes_and_punctuation() {
        assert_eq!(words("Don\u{2019}t TOUCH-me!!"), vec!["dont", "touch", "me"]);
        assert_eq!(words("I'm ok\u{1F642}yes"), vec!["im", "ok", "yes"]);
    }

    #[test]
    fn prefix_and_exact_tokens() {
        assert!(token_matches(&["hurt*"], "hurting"));
        assert!(token_matches(&["hit*", "beat*"], "beats"));
        assert!(token_matches(&["*"], "anything"));
        assert!(!token_matches(&["me"], "meat"));
        assert!(!token_matches(&["hurt*"], ""));
    }

    /// Builds a message from the first alternative of every token.
    fn example(entry: &'static str) -> String {
        let first = |alts: Vec<&str>| alts[0].trim_end_matches('*').to_string();
        parse(entry)
            .into_iter()
            .map(|alts| {
                if alts[0] == "*" {
                    "things".to_string()
                } else {
                    first(alts)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_phrase_flags_its_own_words() {
        for &(_, entry) in PHRASES {
            assert!(suggests_harm(&example(entry)), "phrase never matches: {entry:?}");
        }
    }

    #[test]
    fn every_idiom_alone_is_not_flagged() {
        for entry in SAFE_IDIOMS {
            assert!(!suggests_harm(&example(entry)), "idiom is still flagged: {entry:?}");
        }
    }

    #[test]
    fn lists_are_well_formed() {
        for entry in PHRASES.iter().map(|(_, e)| e).chain(SAFE_IDIOMS) {
            assert!(!entry.trim().is_empty());
            for token in entry.split_whitespace() {
                for alt in token.split('|') {
                    let core = alt.strip_suffix('*').unwrap_or(alt);
                    assert!(alt == "*" || !core.is_empty(), "empty alternative in {entry:?}");
                    assert!(
                        core.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                        "alternatives must be lower-case letters or digits (as normalised text is): {entry:?}"
                    );
                }
            }
        }
    }
}
