//! Short phrase lists for the languages young people write in besides
//! English. The meaning layer reads English only, so a message in another
//! language that none of these phrases matches is "not checked": staff
//! see that and read it soon (it sorts up the queue after urgent items).
//!
//! These lists are deliberately short and careful: the main kinds of
//! concern (kill myself, want to die, hurt me, hit me, not safe, scared,
//! abuse, rape, run away, no food, help). They were written from
//! dictionaries and common usage, not by native speakers: have each one
//! reviewed by an interpreter the council trusts, and add a test case
//! with every change. Entries use the same matching rules as the English
//! list (see `phrases.rs`); letters are matched after
//! [`super::phrases::fold`] (Arabic-script letter forms unified, so
//! "أ" and "ا", "ي" and "ی" match each other).

/// `(language code, [(category, phrase)])`.
pub const LISTS: &[(&str, &[(&str, &str)])] = &[
    ("cy", CY),
    ("ar", AR),
    ("fa", FA),
    ("ps", PS),
    ("ckb", CKB),
    ("ti", TI),
    ("vi", VI),
    ("sq", SQ),
];

/// Welsh.
const CY: &[(&str, &str)] = &[
    ("suicidal_thoughts", "lladd fy|yn hun|hunan"),
    ("suicidal_thoughts", "hunanladd*"),
    ("suicidal_thoughts", "eisiau|isio|moyn marw"),
    ("self_harm", "brifo|anafu|torri fy hun|hunan"),
    ("physical_abuse", "brifo|taro|curo|bwrw fi"),
    ("physical_abuse", "fy mrifo|nharo|nghuro"),
    ("sexual_abuse", "cam drin|camdrin"),
    ("sexual_abuse", "treisio|treisiodd"),
    ("sexual_abuse", "cyffwrdd ynof|â fi|a fi"),
    ("unsafe_now", "ddim|dim yn ddiogel|saff"),
    ("unsafe_now", "ofn|ofnus|ofnadwy o ofn"),
    ("missing", "rhedeg i ffwrdd"),
    ("neglect", "dim bwyd"),
    ("cry_for_help", "helpwch|helpa fi"),
    ("cry_for_help", "help"),
];

/// Arabic (standard and common spoken forms).
const AR: &[(&str, &str)] = &[
    ("suicidal_thoughts", "انتحار|الانتحار|انتحر|أنتحر"),
    ("suicidal_thoughts", "أقتل|اقتل نفسي"),
    ("suicidal_thoughts", "أموت|اموت|الموت"),
    ("self_harm", "أؤذي|اؤذي|أذي|اجرح|أجرح نفسي"),
    ("physical_abuse", "يضربني|ضربني|يضربوني|ضربوني|تضربني"),
    ("physical_abuse", "يؤذيني|يؤذونني|تؤذيني|يعذبني"),
    ("sexual_abuse", "اغتصاب|اغتصبني|اغتصبوني"),
    ("sexual_abuse", "تحرش|يتحرش|تحرّش|يلمسني"),
    ("unsafe_now", "لست|مش|غير|ما بأمان|آمن|امان|آمنة"),
    ("unsafe_now", "خائف|خائفة|خايف|خايفة|أخاف|اخاف"),
    ("missing", "أهرب|اهرب|هربت"),
    ("neglect", "جوعان|جائع|جوعانة"),
    ("cry_for_help", "ساعدني|ساعدوني|النجدة|أنقذوني|انقذوني"),
];

/// Persian and Dari.
const FA: &[(&str, &str)] = &[
    ("suicidal_thoughts", "خودکشی"),
    ("suicidal_thoughts", "خودم|خودمو|خودم را بکشم"),
    ("suicidal_thoughts", "بمیرم|مردن"),
    ("self_harm", "به خودم آسیب"),
    ("physical_abuse", "کتک|کتکم|میزنتم|میزنه"),
    ("physical_abuse", "آزار|آزارم|اذیتم"),
    ("sexual_abuse", "تجاوز"),
    ("unsafe_now", "امن نیستم|نیست"),
    ("unsafe_now", "امنیت ندارم"),
    ("unsafe_now", "میترسم|ترسیدم"),
    ("missing", "فرار"),
    ("neglect", "گرسنه|گشنمه"),
    ("cry_for_help", "کمک|کمکم"),
];

/// Pashto.
const PS: &[(&str, &str)] = &[
    ("suicidal_thoughts", "ځان وژنه|ووژنم|وژنم"),
    ("suicidal_thoughts", "مړ شم"),
    ("physical_abuse", "وهي|ووهلم|وهلی"),
    ("physical_abuse", "ځوروي|ازار"),
    ("sexual_abuse", "جنسي"),
    ("unsafe_now", "خوندي نه"),
    ("unsafe_now", "ډار|ډارېږم|ویره"),
    ("missing", "وتښتم|تښتېدلی"),
    ("cry_for_help", "مرسته|مرسته وکړئ|مرسته وکړه"),
];

/// Kurdish Sorani.
const CKB: &[(&str, &str)] = &[
    ("suicidal_thoughts", "خۆکوشتن|خۆکوژی"),
    ("suicidal_thoughts", "خۆم بکوژم"),
    ("suicidal_thoughts", "بمرم"),
    ("physical_abuse", "لێم دەدات|دەدەن"),
    ("physical_abuse", "ئازارم دەدات|دەدەن"),
    ("sexual_abuse", "دەستدرێژی"),
    ("unsafe_now", "سەلامەت|ئەمن نیم"),
    ("unsafe_now", "دەترسم|ترسم"),
    ("missing", "ڕابکەم|هەڵاتم"),
    ("cry_for_help", "یارمەتی|یارمەتیم"),
];

/// Tigrinya.
const TI: &[(&str, &str)] = &[
    ("suicidal_thoughts", "ክመውት"),
    ("suicidal_thoughts", "ርእሰይ ክቐትል"),
    ("physical_abuse", "ይወቕዑኒ|ወቒዑኒ|ይወቕዓኒ"),
    ("unsafe_now", "ውሑስ ኣይኮንኩን"),
    ("unsafe_now", "ይፈርሕ|ፈሪሐ"),
    ("cry_for_help", "ሓግዙኒ|ሓገዝ"),
];

/// Vietnamese (with and without tone marks, as phones type both).
const VI: &[(&str, &str)] = &[
    ("suicidal_thoughts", "tự tử|sát"),
    ("suicidal_thoughts", "muốn|muon chết|chet"),
    ("self_harm", "tự làm hại|đau"),
    ("self_harm", "rạch tay"),
    ("physical_abuse", "đánh|danh tôi|em|con|mình|toi|minh"),
    ("physical_abuse", "bị|bi đánh|danh"),
    ("sexual_abuse", "xâm hại|hiếp|hiep"),
    ("unsafe_now", "không|khong|ko an toàn|toan"),
    ("unsafe_now", "sợ|so quá|lắm"),
    ("unsafe_now", "tôi|em|con|mình sợ"),
    ("missing", "bỏ trốn"),
    ("neglect", "không có gì ăn"),
    ("cry_for_help", "giúp|cứu|giup|cuu tôi|em|con|mình|toi|minh|với"),
];

/// Albanian (with and without ë and ç).
const SQ: &[(&str, &str)] = &[
    ("suicidal_thoughts", "vetëvras*|vetevras*"),
    ("suicidal_thoughts", "vras veten"),
    ("suicidal_thoughts", "dua të|te vdes"),
    ("physical_abuse", "më|me rrah*|lëndon|lendon|godet"),
    ("sexual_abuse", "abuzo*|abuzim*"),
    ("sexual_abuse", "përdhun*|perdhun*"),
    ("unsafe_now", "nuk jam i|e sigurt|sigurtë|sigurte"),
    ("unsafe_now", "kam frikë|frike"),
    ("missing", "ika nga|prej"),
    ("neglect", "nuk kam ushqim"),
    ("cry_for_help", "ndihmë|ndihme|ndihmoni|ndihmo"),
];
