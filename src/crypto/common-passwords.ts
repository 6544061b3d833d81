// A few hundred passwords and words that open the list of every guessing attack, written out for PayerLens
// (no download). Chosen from what public breach-frequency lists put first (e.g. SecLists' "10-million-password-
// list-top-500", "xato-net-10-million-passwords", NCSC's "100k most used"): number runs, keyboard walks, and the
// names, words and places people pick — plus the words a behavioural-health biller is likely to reach for.
// strength.ts also undoes common letter swaps (p@ssw0rd) and strips digits/symbols added at either end, so
// "Summer2024!" is caught through "summer".

const NUMBERS = `123456 12345678 123456789 12345 1234 1234567 1234567890 111111 123123 654321 000000 121212 7777777
666666 696969 123321 112233 555555 11111111 131313 777777 159753 987654321 222222 88888888 11111 123123123 999999
987654 0000 333333 232323 888888 87654321 12344321 8675309 159357 789456 101010 12341234 1212 444444 1111111 212121
2000 2112 4444 2222 102030 252525 11223344 00000 789456123 007007 147258369 147258 1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz2wsx
q1w2e3r4 q1w2e3r4t5 q1w2e3 123qwe qwe123 qwer1234 1234qwer abc123 123abc abcd1234 12345a 123456a a123456 1qazxsw2
12qwaszx 1234abcd 159951 753951 147852 963852741 741852963`

const KEYBOARD = `qwerty qwertyuiop qwertyui qwert asdfgh asdfghjkl asdfghjk asdf zxcvbnm zxcvbn qazwsx qazxsw qwaszx qazwsxedc
azerty qweasd qweasdzxc asdasd qweqwe zaq12wsx zaq1zaq1 poiuytrewq mnbvcxz lkjhgfdsa abcdef abcdefg abcdefgh abcabc
aaaaaa xxxxxx zzzzzz qqqqqq xxxxxxxx asdfasdf`

const WORDS = `password passw0rd password1 pass secret letmein welcome hello access admin administrator login master trustno1
iloveyou loveme lovely love whatever nothing please enter default changeme temp temppass guest user test tester
sunshine shadow dragon monkey freedom princess starwars superman batman spiderman football baseball basketball
soccer hockey golf tennis computer internet matrix killer hunter ranger buster tigger summer winter spring autumn fall
january february march april may june july august september october november december monday friday weekend
flower purple orange yellow silver golden diamond crystal rainbow chocolate cookie cheese banana apple pepper
ginger peanut coffee money lucky happy magic angel heaven forever dream dreamer secret1 mother father family
sister brother baby babygirl babyboy sweetie honey sugar cutie darling friend friends bestfriend jesus blessed
faith church god trinity america liberty patriot eagle eagles tiger tigers dolphin dolphins lion panther phoenix
falcon dragonfly butterfly unicorn pokemon naruto minecraft fortnite nintendo playstation xbox google facebook
yahoo hotmail gmail iphone samsung apple123 windows microsoft linux ubuntu mustang corvette ferrari porsche mercedes
harley yamaha toyota honda nissan chevy dodge ford jeep cowboy cowboys yankees redsox lakers steelers packers
raiders dallas chicago boston london paris newyork texas florida california canada mexico london1 thunder
lightning storm midnight darkness knight warrior soldier captain pirate ninja wizard merlin gandalf voodoo legend
player gamer winner champion success victory power energy hammer guitar music rockstar rocknroll elvis beatles
metallica nirvana slipknot eminem disney mickey snoopy garfield scooby kitten kitty puppy doggy bulldog bigdog
tiger123 cat dog horse pony bear teddy bunny rabbit turtle spider monster zombie vampire matrix1 hacker
michael jennifer jessica ashley amanda michelle nicole daniel andrew joshua matthew anthony robert thomas charlie
george william richard joseph david james john chris christopher jordan taylor austin justin brandon jason
samantha hannah lauren rachel sarah emily madison olivia sophia emma isabella abigail elizabeth victoria natasha
jasmine heather melissa amber brittany stephanie tiffany danielle rebecca maggie bailey buddy max rocky bella
lucy daisy molly sadie chloe oliver jack jackson tucker cooper bandit dakota maverick sparky smokey`

/** Words a practice's biller might build a passphrase around: the app, the work, the payers, the portals. */
const CONTEXT = `payerlens payer lens billing biller billings claims claim denial denials insurance medical medicare medicaid
tricare aetna cigna humana optum united unitedhealthcare anthem carelon availity beacon magellan bluecross blueshield
therapy therapist counseling counselor counselling psychology psychologist psychiatry psychiatrist mentalhealth
wellness healing recovery clinic practice office doctor nurse patient patients client clients health healthcare
hipaa compliance welcome1 office123 clinic123 therapy1`

const split = (block: string) => block.split(/\s+/).filter(Boolean)

/** Lower-case, de-duplicated: the whole list (a few hundred entries). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  [NUMBERS, KEYBOARD, WORDS, CONTEXT].flatMap(split).map((w) => w.toLowerCase())
)
