//! The word list reply codes are made of.
//!
//! A reply code is three words joined by dashes (for example
//! `apple-river-tiger`) that a young person types back to read the
//! council's reply. The words are short (3-7 letters), lower-case ASCII,
//! concrete and friendly (animals, food, colours, nature, everyday things,
//! kind adjectives), and easy to read aloud and spell.
//!
//! The list was reviewed by hand to leave out anything rude, violent,
//! scary, sad, about bodies, drugs, alcohol, religion, politics, money
//! trouble or harm, words that sound like rude words, brand names, and
//! words that may be sensitive for children in care (for example home and
//! family words). It is kept sorted so [`is_word`] can binary search it.
//!
//! There are exactly 2048 words, so each word carries 11 bits and a
//! three-word code has 2048^3 (about 8.6 billion) possibilities.

/// The 2048 reply-code words, sorted alphabetically, all distinct.
pub const WORDS: &[&str] = &[
    "able", "ace", "acorn", "acrobat", "active", "actor", "add", "agile", "air", "airport", "airship", "airy", "album",
    "alder", "alert", "almond", "alpaca", "amazing", "amber", "anchor", "anchovy", "angle", "animal", "anime",
    "anorak", "ant", "antenna", "antler", "aphid", "apple", "apricot", "april", "apron", "aqua", "arc", "arcade",
    "arch", "arctic", "arena", "aroma", "arrange", "arrive", "art", "artist", "artwork", "aspen", "athlete", "atlas",
    "attic", "august", "author", "autumn", "avocado", "award", "awesome", "badge", "badger", "bag", "bagel", "bagpipe",
    "bake", "baker", "bakery", "balcony", "ball", "ballet", "balloon", "bamboo", "banana", "band", "bandana", "bangle",
    "banjo", "banner", "banquet", "barber", "barge", "bark", "barley", "barn", "barrel", "basil", "basin", "basket",
    "bass", "bassoon", "bauble", "bay", "beacon", "bead", "beagle", "beam", "bean", "beanbag", "beanie", "bear", "bee",
    "beehive", "beet", "beetle", "begin", "bell", "beluga", "bench", "beret", "berry", "bicycle", "big", "bike", "bin",
    "bingo", "birch", "bird", "biscuit", "bison", "black", "blanket", "blazer", "blend", "blender", "blimp", "blink",
    "block", "bloom", "blossom", "blouse", "blue", "board", "boat", "bobble", "bobcat", "bobsled", "boiler", "bold",
    "bonbon", "bongo", "bonnet", "bonny", "bonsai", "book", "boot", "bottle", "boulder", "bounce", "bouncy", "bouquet",
    "bow", "bowl", "bowling", "box", "braid", "brainy", "bran", "branch", "brass", "brave", "bread", "bream", "breeze",
    "breezy", "brew", "brick", "bridge", "bright", "bring", "brisk", "brolly", "bronze", "brooch", "brook", "broom",
    "broth", "brown", "brownie", "brunch", "brush", "bubble", "bubbly", "bucket", "buckle", "bud", "buddy", "budgie",
    "buffalo", "bug", "buggy", "bugle", "build", "builder", "bulb", "bulldog", "bumper", "bun", "bundle", "bunny",
    "burger", "burrito", "bus", "busker", "busy", "butter", "buttery", "button", "buzzard", "cab", "cabbage", "cabin",
    "cabinet", "cable", "cactus", "cafe", "cake", "calm", "camel", "camera", "camp", "camper", "canal", "canary",
    "candle", "candy", "canoe", "canopy", "canteen", "canvas", "canyon", "cap", "cape", "captain", "car", "caramel",
    "caravan", "card", "careful", "cargo", "caribou", "caring", "carp", "carpet", "carrot", "carry", "cart", "carton",
    "cartoon", "castle", "cat", "catch", "catfish", "cave", "cedar", "ceiling", "celery", "cello", "cereal", "chair",
    "chalet", "chalk", "champ", "charm", "chat", "chatty", "cheddar", "cheeky", "cheer", "cheery", "cheese", "cheesy",
    "cheetah", "chef", "chess", "chewy", "chicken", "chilli", "chilly", "chime", "chimney", "chips", "chirp", "chirpy",
    "chive", "choice", "chomp", "choose", "chorus", "chuckle", "chunk", "chutney", "cicada", "cinema", "circle",
    "circus", "citrus", "city", "clam", "clasp", "class", "classic", "classy", "clay", "clean", "cleaner", "clear",
    "clever", "climate", "climb", "climber", "clip", "clipper", "clock", "cloth", "cloud", "cloudy", "clove", "clover",
    "clue", "coach", "coast", "coat", "cobalt", "cobble", "cobbler", "cocoa", "coconut", "cocoon", "cod", "coffee",
    "collage", "collect", "collie", "colour", "comb", "comet", "comfort", "comfy", "comic", "comma", "compass",
    "concert", "cone", "conga", "conker", "cook", "cooker", "cookie", "cool", "coot", "coral", "cordial", "corgi",
    "cork", "corn", "corner", "cornet", "cosmic", "cosmos", "cosy", "cottage", "cotton", "couch", "country", "courier",
    "cove", "craft", "crafty", "crane", "crater", "crayon", "cream", "create", "creek", "crepe", "cress", "crest",
    "crew", "cricket", "crisp", "crispy", "crocus", "crop", "crowd", "crown", "crumb", "crumble", "crunch", "crunchy",
    "crust", "cub", "cube", "cup", "cupcake", "cuppa", "curlew", "currant", "curry", "curtain", "cushion", "custard",
    "cute", "cycle", "cyclist", "cygnet", "dabble", "dainty", "daisy", "dale", "damson", "dance", "dancer", "dandy",
    "dapper", "dash", "dawn", "day", "dazzle", "decide", "deer", "deliver", "delta", "denim", "design", "desk", "dew",
    "dewy", "dial", "diamond", "diary", "dice", "dig", "digger", "dill", "dine", "dingo", "dinky", "dinner", "dino",
    "dip", "dipper", "disco", "dish", "diver", "dock", "dodo", "doe", "dog", "dolphin", "dome", "domino", "donkey",
    "donut", "doodle", "door", "dot", "double", "dough", "dove", "dozen", "dragon", "draw", "drawer", "dream",
    "dreamy", "dress", "drift", "driver", "drizzle", "drone", "drum", "drummer", "dryer", "duck", "duet", "dune",
    "dusk", "dust", "duster", "dusty", "eager", "eagle", "early", "earth", "easel", "east", "easy", "eat", "echo",
    "eclair", "eclipse", "editor", "eel", "egg", "eggcup", "egret", "eight", "eighty", "elegant", "eleven", "elf",
    "elk", "elm", "emblem", "emerald", "emu", "energy", "engine", "enjoy", "epic", "eraser", "estuary", "evening",
    "ewe", "expert", "explore", "fab", "fable", "fabric", "fair", "fajita", "falafel", "falcon", "famous", "fan",
    "fancy", "farm", "farmer", "fashion", "fast", "fawn", "feast", "feather", "feed", "felt", "fence", "fennel",
    "fern", "ferret", "festive", "feta", "fetch", "field", "fiesta", "fifth", "fifty", "fig", "filly", "film", "finch",
    "find", "fine", "finish", "fir", "first", "fish", "fisher", "five", "fizz", "fizzy", "flag", "flan", "flannel",
    "flask", "fleece", "fleet", "flick", "flight", "flip", "flipper", "float", "flock", "floor", "flora", "florist",
    "flour", "flower", "fluent", "fluff", "fluffy", "flurry", "flute", "flutter", "fly", "foal", "foam", "focus",
    "fog", "foggy", "fold", "folder", "folk", "fond", "food", "forest", "fork", "forty", "fossil", "four", "fourth",
    "fox", "frame", "free", "freezer", "fresh", "friday", "fridge", "friend", "fries", "frill", "frilly", "fritter",
    "frog", "frolic", "front", "frost", "frosty", "frothy", "fruit", "fudge", "fun", "funnel", "funny", "future",
    "fuzzy", "gadget", "gala", "galaxy", "gallant", "galleon", "gallery", "gallop", "game", "garage", "garden",
    "garland", "garlic", "garnet", "gate", "gather", "gazebo", "gazelle", "gecko", "gem", "genie", "genius", "gentle",
    "gerbil", "giant", "giddy", "gift", "gifted", "giggle", "giggly", "giraffe", "give", "glacier", "glad", "glade",
    "glass", "glaze", "gleam", "glee", "gleeful", "glen", "glide", "glider", "glimmer", "glitter", "globe", "gloss",
    "glossy", "glove", "glow", "glowing", "gnat", "gnome", "gnu", "goal", "goalie", "goat", "goblet", "goggles",
    "gold", "golden", "golf", "gondola", "gong", "good", "gooey", "goose", "gopher", "gosling", "grain", "grand",
    "granola", "grape", "grassy", "grater", "gravel", "gravity", "gravy", "great", "green", "greet", "grey", "griddle",
    "grill", "grin", "grocer", "grocery", "group", "grove", "grow", "guava", "guess", "guide", "guitar", "gulf",
    "gull", "gumdrop", "gummy", "guppy", "gust", "gym", "haddock", "hail", "half", "hall", "hamlet", "hammock",
    "hamper", "hamster", "handle", "handy", "happy", "harbour", "hardy", "hare", "harmony", "harp", "harvest", "hat",
    "hatch", "haven", "hawk", "hay", "hazel", "hear", "heater", "heath", "heather", "hedge", "hello", "helmet",
    "helper", "helpful", "hen", "hero", "heroic", "heron", "herring", "hexagon", "hike", "hiker", "hill", "hilltop",
    "hilly", "hippo", "history", "hive", "hob", "hobby", "hockey", "holiday", "holly", "honest", "honey", "hoodie",
    "hoop", "hop", "hope", "hopeful", "horse", "host", "hotel", "hound", "hour", "hover", "hue", "huge", "hula", "hum",
    "humble", "hundred", "hurdle", "husky", "hut", "ibex", "ibis", "iceberg", "icicle", "icing", "idea", "ideal",
    "igloo", "iguana", "imagine", "impala", "inch", "indigo", "indoor", "ink", "inlet", "insect", "inside", "invent",
    "invite", "iris", "iron", "island", "isle", "ivy", "jackdaw", "jacket", "jade", "jaguar", "jam", "january", "jar",
    "jasmine", "jaunty", "jay", "jazz", "jazzy", "jeans", "jelly", "jersey", "jester", "jet", "jetpack", "jetty",
    "jewel", "jig", "jigsaw", "jingle", "jive", "joey", "jog", "jogger", "join", "joiner", "joke", "jolly", "jot",
    "journey", "jovial", "joy", "joyful", "jubilee", "jug", "juggle", "juggler", "juice", "july", "jumbo", "jump",
    "jumper", "june", "jungle", "jupiter", "kale", "karaoke", "kayak", "kazoo", "kebab", "keen", "keep", "keeper",
    "kennel", "kernel", "kestrel", "ketchup", "kettle", "key", "keyring", "kilt", "kind", "kindly", "king", "kingdom",
    "kiosk", "kipper", "kit", "kitchen", "kite", "kitten", "kiwi", "knack", "knead", "knight", "knit", "koala", "koi",
    "korma", "krill", "lab", "label", "ladder", "ladle", "lagoon", "lake", "lamb", "lamp", "lander", "landing", "lane",
    "lantern", "laptop", "lapwing", "larch", "larder", "large", "lark", "latte", "laugh", "launch", "laundry",
    "laurel", "lava", "lavish", "lawn", "leader", "leaf", "leafy", "leap", "learn", "ledge", "leek", "legend", "lemon",
    "lemony", "lemur", "lens", "lentil", "leopard", "lesson", "letter", "lettuce", "level", "lever", "library", "lid",
    "lift", "light", "lilac", "lily", "lime", "limo", "limpet", "line", "linen", "liner", "lion", "lioness", "list",
    "listen", "little", "lively", "lizard", "llama", "loaf", "lobster", "loch", "locket", "loft", "lofty", "log",
    "lolly", "long", "look", "loop", "lorry", "lotus", "lounge", "lovely", "loyal", "luck", "lucky", "ludo", "lullaby",
    "lumber", "lunar", "lunch", "lute", "lynx", "lyric", "macaw", "magenta", "magic", "magical", "magnet", "magpie",
    "mail", "mailbox", "maize", "make", "mallard", "mammal", "manatee", "mango", "mantis", "map", "maple", "maracas",
    "marble", "march", "marina", "marker", "market", "marlin", "marmot", "maroon", "mars", "marsh", "martin", "mascot",
    "mash", "mast", "mat", "maths", "may", "mayo", "maze", "meadow", "medal", "medley", "meerkat", "mega", "mellow",
    "melody", "melt", "mend", "mercury", "merlin", "mermaid", "metal", "meteor", "metro", "midday", "middle", "midge",
    "mighty", "mild", "milk", "milkman", "milky", "mill", "million", "mime", "mindful", "mingle", "minibus", "mink",
    "minnow", "mint", "minty", "minute", "mirror", "mirth", "mist", "misty", "mitten", "mix", "mixer", "moat",
    "mobile", "mocha", "model", "modern", "modest", "moment", "monday", "month", "moon", "moonlit", "moorhen", "moose",
    "mop", "moped", "morning", "mosaic", "moss", "moth", "motion", "motor", "motto", "mound", "mouse", "movie",
    "muddy", "muffin", "mug", "munch", "mural", "museum", "music", "mustang", "mustard", "myth", "naan", "nacho",
    "nap", "napkin", "narwhal", "nature", "navy", "neat", "nebula", "nectar", "neptune", "nest", "nestle", "net",
    "netball", "new", "newt", "nibble", "nice", "nifty", "night", "nimble", "nine", "ninety", "noble", "nod", "noodle",
    "nook", "noon", "north", "note", "notepad", "notice", "novel", "nugget", "number", "nutmeg", "oak", "oar", "oasis",
    "oat", "oatcake", "oatmeal", "oboe", "ocean", "ocelot", "octagon", "october", "octopus", "olive", "one", "onion",
    "onyx", "opal", "open", "opera", "orange", "orbit", "orca", "orchard", "orchid", "order", "origami", "osprey",
    "ostrich", "otter", "outdoor", "outside", "oval", "oven", "overall", "owl", "owlet", "oxygen", "oyster", "pack",
    "package", "paddle", "paddock", "page", "pagoda", "pail", "paint", "painter", "pair", "pal", "palace", "palette",
    "pan", "pancake", "panda", "panini", "panther", "pantry", "papaya", "paper", "paprika", "parade", "parasol",
    "parcel", "park", "parka", "parrot", "parsley", "parsnip", "party", "pasta", "pastel", "pastry", "pasture",
    "pasty", "patch", "path", "patio", "pattern", "peace", "peach", "peachy", "peak", "peanut", "pear", "pearl",
    "pebble", "pecan", "pedal", "peek", "peg", "pelican", "pen", "pencil", "penguin", "pepper", "peppy", "perch",
    "perfect", "pesto", "pet", "petal", "petunia", "phone", "piano", "piccolo", "pick", "pickle", "picnic", "picture",
    "pie", "pier", "pigeon", "piglet", "pillar", "pillow", "pilot", "pin", "pine", "pink", "pioneer", "piper",
    "pirate", "pitta", "pixel", "pixie", "pizza", "place", "plaice", "plain", "plait", "plan", "plane", "planet",
    "plant", "plastic", "plate", "play", "player", "playful", "plaza", "pleased", "plover", "pluck", "plucky", "plug",
    "plum", "plumber", "plume", "plush", "pluto", "pocket", "podium", "poem", "poet", "point", "polar", "polecat",
    "polite", "polka", "pollen", "polo", "pompom", "poncho", "pond", "ponder", "pony", "pooch", "poodle", "pool",
    "popcorn", "poplar", "porch", "port", "posh", "possum", "post", "postbox", "poster", "postie", "postman", "posy",
    "potato", "potter", "pottery", "pouch", "pour", "prairie", "prance", "prawn", "precise", "present", "pretty",
    "pretzel", "prince", "print", "prism", "prize", "project", "proud", "prune", "puck", "pudding", "puddle", "puffin",
    "pug", "pulley", "puma", "pumpkin", "pup", "puppet", "puppy", "pure", "purple", "purr", "puzzle", "pyramid",
    "quack", "quail", "quaint", "quarter", "quartet", "quest", "quick", "quiet", "quill", "quilt", "quirky", "quiz",
    "rabbit", "radar", "radiant", "radio", "radish", "raft", "rail", "railway", "rain", "rainbow", "rainy", "raisin",
    "rake", "ramble", "ramen", "ranch", "ranger", "rapid", "rare", "rattle", "ravioli", "reach", "read", "reader",
    "ready", "recipe", "record", "red", "redwing", "redwood", "reed", "reef", "reel", "referee", "regal", "relax",
    "relaxed", "relay", "relish", "repair", "rest", "reward", "rhino", "rhubarb", "rhyme", "ribbon", "rice", "riddle",
    "ridge", "ring", "rinse", "ripe", "ripple", "rise", "river", "road", "roam", "roast", "robin", "robot", "robust",
    "rock", "rocket", "rocky", "rodeo", "roll", "roof", "rook", "rookie", "room", "roomy", "rooster", "root", "rose",
    "rosette", "rosy", "round", "route", "rover", "rowan", "royal", "ruby", "rug", "rugby", "ruler", "rumba",
    "rummage", "run", "runner", "rustic", "rustle", "saddle", "safe", "saffron", "saga", "sage", "sail", "sailor",
    "salad", "salmon", "salon", "salsa", "salt", "salty", "samba", "samosa", "sand", "sandal", "sandpit", "sandy",
    "sapling", "sardine", "sari", "satchel", "satin", "satsuma", "saturn", "sauce", "saucer", "save", "savvy", "scale",
    "scallop", "scamper", "scarf", "scarlet", "scene", "scenic", "school", "science", "scone", "scoop", "scooter",
    "scout", "screen", "scroll", "sculpt", "scurry", "sea", "seabird", "seagull", "seal", "search", "seaside",
    "season", "seat", "second", "see", "seed", "seek", "seesaw", "send", "sequin", "serene", "serve", "seven",
    "seventy", "sew", "shade", "shake", "shallot", "shape", "share", "shed", "sheep", "shelf", "shell", "sherbet",
    "shimmer", "shine", "shiny", "ship", "shirt", "shoe", "shop", "shore", "shovel", "show", "shrimp", "shrub",
    "shuffle", "shutter", "shuttle", "sieve", "silk", "silky", "silly", "silver", "sing", "singer", "sink", "sip",
    "sit", "sitar", "six", "sixty", "sizzle", "skate", "skater", "sketch", "ski", "skier", "skill", "skim", "skip",
    "skipper", "skirt", "skittle", "sky", "skylark", "slate", "sled", "sledge", "sleek", "sleep", "sleepy", "sleet",
    "sleigh", "slide", "slipper", "slope", "sloth", "slurp", "slush", "small", "smart", "smile", "smiley", "smooth",
    "snack", "snail", "snap", "snappy", "snazzy", "snooker", "snooze", "snorkel", "snow", "snowman", "snowy", "snug",
    "soap", "soar", "soccer", "sock", "soda", "sofa", "soft", "solar", "solid", "solo", "solve", "sonar", "song",
    "sonnet", "sorbet", "sort", "sound", "soup", "south", "soya", "space", "spaniel", "spark", "sparkle", "sparkly",
    "sparky", "sparrow", "spatula", "speaker", "speedy", "spell", "sphere", "spice", "spin", "spinach", "spiral",
    "splash", "splat", "sponge", "spool", "spoon", "sport", "sporty", "spot", "spring", "springy", "sprint", "sprout",
    "spruce", "squad", "square", "squash", "squeak", "squid", "squish", "squishy", "stable", "stack", "stadium",
    "stag", "stage", "stairs", "stamp", "stand", "stapler", "star", "starlit", "starry", "start", "station", "statue",
    "stay", "steady", "steamer", "steer", "stellar", "stem", "stencil", "step", "stereo", "stew", "sticker", "stir",
    "stitch", "stoat", "stone", "stony", "stork", "story", "stove", "straw", "stream", "street", "stretch", "string",
    "stripe", "stripy", "stroll", "strong", "studio", "study", "sturdy", "style", "success", "sugar", "sugary",
    "sultana", "summer", "summit", "sun", "sunbeam", "sundae", "sunday", "sundial", "sunfish", "sunhat", "sunlit",
    "sunny", "sunrise", "sunset", "sunspot", "super", "superb", "supper", "supreme", "surf", "surfer", "sushi",
    "swamp", "swan", "swap", "sweater", "swede", "sweep", "sweet", "swift", "swim", "swimmer", "swing", "swirl",
    "swish", "syrup", "tabby", "table", "tadpole", "tag", "tail", "tailor", "tale", "talent", "talk", "tall", "tandem",
    "tango", "tangy", "tap", "tapioca", "tapir", "tartan", "tassel", "taste", "tasty", "taxi", "tea", "teacake",
    "teach", "teacher", "teacup", "teal", "team", "teapot", "teddy", "teeny", "tell", "tempo", "ten", "tennis", "tent",
    "tern", "terrier", "thank", "thaw", "theatre", "thimble", "think", "third", "thirty", "thread", "three", "throne",
    "tiara", "ticket", "tide", "tidy", "tiger", "timber", "time", "tin", "tinsel", "tint", "tiny", "tip", "tiptoe",
    "tiptop", "toad", "toast", "toaster", "toastie", "toasty", "today", "toddle", "toffee", "tofu", "token", "tomato",
    "toolbox", "top", "topaz", "topping", "toucan", "tourist", "tower", "town", "toy", "trace", "track", "tractor",
    "trail", "train", "trainer", "tram", "travel", "tray", "treacle", "treat", "tree", "treetop", "trek", "trellis",
    "trendy", "trifle", "trike", "trim", "trinket", "trio", "trip", "triple", "trivia", "trolley", "trophy", "trot",
    "trout", "trowel", "truck", "true", "trumpet", "trundle", "trunk", "trusty", "try", "tub", "tuba", "tube",
    "tuesday", "tugboat", "tulip", "tuna", "tundra", "tune", "tunic", "tunnel", "turkey", "turn", "turnip", "turret",
    "turtle", "tutor", "tutu", "tweed", "tweet", "twelve", "twenty", "twig", "twin", "twinkle", "twinkly", "twirl",
    "two", "type", "tyre", "umpire", "unicorn", "uniform", "unique", "unpack", "unwrap", "upbeat", "useful", "usher",
    "vale", "valiant", "valley", "van", "vanilla", "vase", "vast", "vault", "veggie", "velvet", "venture", "venue",
    "venus", "vessel", "vet", "vibrant", "video", "village", "vine", "vinegar", "vintage", "vinyl", "violet", "violin",
    "visit", "visor", "vista", "vivid", "voice", "volcano", "vole", "voyage", "wacky", "wade", "wafer", "waffle",
    "wagon", "wagtail", "wait", "waiter", "walk", "wall", "wallaby", "walnut", "walrus", "waltz", "wand", "wander",
    "warbler", "warm", "wash", "washer", "watch", "water", "wave", "wavy", "wear", "weather", "weave", "weaver",
    "wedge", "week", "weekend", "welcome", "welly", "west", "wetsuit", "whale", "wharf", "wheat", "wheel", "whelk",
    "whirl", "whisk", "whistle", "white", "whole", "whoosh", "wicket", "wide", "widget", "wiggle", "wiggly", "wild",
    "willow", "win", "wind", "window", "windy", "wing", "winner", "winter", "wisdom", "wise", "wish", "witty",
    "wizard", "wobble", "wombat", "wonder", "wood", "wool", "woolly", "word", "work", "world", "worm", "wrap",
    "wrapper", "wren", "wriggle", "write", "writer", "yak", "yam", "yard", "yarn", "yawn", "year", "yellow", "yodel",
    "yoga", "yolk", "yoyo", "yummy", "zany", "zebra", "zero", "zesty", "zigzag", "zinc", "zingy", "zip", "zipper",
    "zippy", "zoo", "zoom",
];

/// Returns true if `w` is exactly one of the reply-code words
/// (lower-case; callers should trim and lower-case user input first).
pub fn is_word(w: &str) -> bool {
    WORDS.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn has_exactly_2048_words() {
        assert_eq!(WORDS.len(), 2048);
    }

    #[test]
    fn words_are_unique() {
        let set: HashSet<&str> = WORDS.iter().copied().collect();
        assert_eq!(set.len(), WORDS.len());
    }

    #[test]
    fn words_are_sorted() {
        for pair in WORDS.windows(2) {
            assert!(pair[0] < pair[1], "{:?} should come before {:?}", pair[0], pair[1]);
        }
    }

    #[test]
    fn words_are_3_to_7_lowercase_letters() {
        for w in WORDS {
            assert!((3..=7).contains(&w.len()), "bad length: {:?}", w);
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "bad chars: {:?}", w);
        }
    }

    #[test]
    fn known_bad_words_are_absent() {
        let bad = [
            "kill", "gun", "abuse", "hurt", "hit", "cut", "die", "dead", "blood", "knife", "fire", "sick", "cry",
            "poor", "fat", "ugly", "bomb", "war", "drug", "weed", "beer", "wine", "god", "church", "money", "cash",
            "mum", "dad", "home", "kiss", "hug", "secret", "bed", "pig", "cow", "rat", "snake", "spider", "ghost",
            "witch", "monster", "lost", "alone", "sad", "angry", "mad", "crazy", "nuts", "cock", "tit", "bum", "poo",
            "pee", "hell", "dam", "beach", "sheet", "count", "lego", "nike",
        ];
        for w in bad {
            assert!(!is_word(w), "{:?} must not be a reply-code word", w);
        }
    }

    #[test]
    fn is_word_finds_words() {
        for w in WORDS {
            assert!(is_word(w));
        }
        assert!(is_word("apple"));
        assert!(is_word("river"));
        assert!(is_word("tiger"));
        assert!(!is_word(""));
        assert!(!is_word("Apple"));
        assert!(!is_word("apples"));
        assert!(!is_word("apple-river"));
    }
}
