import type { Label } from '../tree.js'

/**
 * A cue: a word or phrase that pushes a sentence towards a label.
 *
 * `pattern` is a regular expression source, matched case-insensitively
 * unless `caseSensitive`; `weight` scales the feature the cue adds (the
 * model learns how much each cue counts). Every `examples` entry must
 * match and every `counterexamples` entry must not — a test runs them all.
 */
export interface CueRule {
  id: string
  label: Label
  pattern: string
  weight: number
  caseSensitive?: boolean
  /**
   * A linguistic hedge (modal, conditional, epistemic verb) rather than a
   * topical sign of speculation (the future, rumours, plans). The hedge
   * subset alone is what the sentence-level hedge benchmark measures.
   */
  hedge?: boolean
  examples: string[]
  counterexamples: string[]
}

/** The cue lexicon, one row per cue. */
export const cueRules: readonly CueRule[] = [
  // Speculation: hedges, expectation, rumour, conjecture.
  { id: 'spec.modal', label: 'speculation', pattern: String.raw`\b(?:[Cc]ould|[Mm]ight|may)(?:n[’']t)?\b`, caseSensitive: true, weight: 1, hedge: true,
    examples: ['It could return next year.', 'Fans may get a sequel.', 'Might it return?', 'I couldn’t tell.'], counterexamples: ['It premiered in May 2024.', 'She can act.'] },
  { id: 'spec.can', label: 'speculation', pattern: String.raw`\b(?:can|cannot|can[’']t)\b`, weight: 0.5, hedge: true,
    examples: ['It can be argued that it failed.', 'You can’t be sure.'], counterexamples: ['The canteen opened.'] },
  { id: 'spec.would', label: 'speculation', pattern: String.raw`\bwould(?:n[’']t)?\b`, weight: 1, hedge: true,
    examples: ['A second season would allow more.'], counterexamples: ['He did not say.'] },
  { id: 'spec.hedge', label: 'speculation', pattern: String.raw`\b(?:likely|unlikely|likelihood|probably|possibly|possible|possibility|perhaps|presumably|potentially|potential|maybe|chances?|odds)\b`, weight: 1, hedge: true,
    examples: ['The likelihood of a second season is high.', 'Perhaps not.'], counterexamples: ['The show ended.'] },
  { id: 'spec.expect', label: 'speculation', pattern: String.raw`\b(?:expect(?:s|ed|ing|ation|ations)?|anticipat(?:e|es|ed|ing|ion))\b`, weight: 1,
    examples: ['We expect it in 2024.', 'an expected release date'], counterexamples: ['The release was exceptional.'] },
  { id: 'spec.inference', label: 'speculation', pattern: String.raw`\b(?:given (?:how|that|the way)|considering (?:how|that|the way)|judging (?:by|from)|with such|if (?:past|history) is any)\b`, weight: 1,
    examples: ['Given how the first season fared, a sequel is in demand.', 'Judging by the ratings, it will return.'], counterexamples: ['He was given the role.', 'They are considering it.'] },
  { id: 'spec.hope', label: 'speculation', pattern: String.raw`\b(?:hope(?:s|d|fully)?|hoping|wish(?:es|ed)?|fingers crossed)\b`, weight: 1,
    examples: ['Hopefully, Netflix will renew it.', 'Fans hope for more.'], counterexamples: ['Hopper returns.'] },
  { id: 'spec.rumour', label: 'speculation', pattern: String.raw`\b(?:rumou?r(?:s|ed)?|reportedly|allegedly|alleged|speculat(?:e|es|ed|ion|ing)|gossip|insiders?|leak(?:s|ed)?|scooper|tipped|whispers?|unconfirmed|dating rumou?rs|anonymous|unnamed|blind items?)\b`, weight: 1.5,
    examples: ['An insider claims they split.', 'It is rumoured to return.', 'He reportedly signed.', 'The anonymous post read, “She is dating again.”'], counterexamples: ['He confirmed the news.'] },
  { id: 'spec.source-claims', label: 'speculation', pattern: String.raw`\b(?:sources?|insiders?|someone close)\b[^.!?]{0,40}\b(?:say|says|said|claim|claims|claimed|told|reveal(?:s|ed)?)\b|\bclaim(?:s|ed)?\b`, weight: 1.5,
    examples: ['A source close to the couple said they split.', 'An anonymous source claimed it.'], counterexamples: ['The director said it.'] },
  { id: 'spec.unknown', label: 'speculation', pattern: String.raw`\b(?:unclear|unknown|uncertain|remains? to be seen|yet to be (?:confirmed|announced|revealed)|no (?:official|formal) (?:word|announcement|confirmation)|not (?:yet )?(?:been )?(?:confirmed|announced|renewed)|has(?:n[’']t| not) (?:yet )?(?:been )?(?:confirmed|announced|renewed)|no word)\b`, weight: 1.5,
    examples: ['It’s unclear if they died.', 'It remains to be seen.', 'Netflix has not yet renewed it.'], counterexamples: ['Netflix renewed it.'] },
  { id: 'spec.if', label: 'speculation', pattern: String.raw`\b(?:if|whether|in case|unless)\b|(?:^|[,;:—] ?)should\b`, weight: 1, hedge: true,
    examples: ['If Netflix renews the show, fans will cheer.', 'It depends whether it returns.', 'It returns only if ratings hold.'], counterexamples: ['The series returned.', 'The ending was iffy.'] },
  { id: 'spec.will', label: 'speculation', pattern: String.raw`\b(?:will|won[’']t|going to|gonna)\b`, weight: 0.5,
    examples: ['Netflix will renew it.'], counterexamples: ['Netflix renewed it.', 'Bruce Willis starred.'] },
  { id: 'spec.should', label: 'speculation', pattern: String.raw`\b(?:should|deserves?|needs? to|ought to|must|needs? (?:a|another) (?:season|sequel|follow-up|renewal))\b`, weight: 1, hedge: true,
    examples: ['Netflix should renew it.', 'It deserves a season 2.', 'K-dramas that totally need a season 2'], counterexamples: ['Netflix renewed it.'] },
  { id: 'spec.forecast', label: 'speculation', pattern: String.raw`\b(?:forecasts?|projections?|projected|tracking|estimates?|estimated|predict(?:s|ed|ion|ions)?|outlook|trending (?:above|below|toward))\b`, weight: 1,
    examples: ['Forecast range: $13 million', 'It is tracking for $40 million.'], counterexamples: ['It grossed $40 million.'] },
  { id: 'spec.seem', label: 'speculation', pattern: String.raw`\b(?:seems?|seemed|seemingly|appears? to|appeared to|apparently|suggests?|suggested|hints?|hinted|teases?|teased|indicat(?:e|es|ed|ion)|sparked)\b`, weight: 1, hedge: true,
    examples: ['It seems the studio wants more.', 'The finale hinted at a sequel.'], counterexamples: ['It premiered in June.'] },
  { id: 'spec.think', label: 'speculation', pattern: String.raw`\b(?:think|thinks|thought|believes?|believed|suppose[sd]?|supposedly|doubt(?:s|ed|ful)?|not sure|unsure|feel like|guess)\b`, weight: 1, hedge: true,
    examples: ['I think it works.', 'He is believed to be in talks.', 'I am not sure it lasts.'], counterexamples: ['He thanked the fans.'] },
  { id: 'spec.believe', label: 'speculation', pattern: String.raw`\b(?:we|i|fans|viewers|many|some|people) (?:think|believe|guess|suspect|predict|imagine|bet|want|are (?:eager|eagerly|waiting|hoping|expecting|wondering)|can(?:[’']t)? wait|wonder)\b`, weight: 1, hedge: true,
    examples: ['We think it will be back.', 'Fans want more.'], counterexamples: ['The fans cheered.'] },
  { id: 'spec.wonder', label: 'speculation', pattern: String.raw`\b(?:wonder(?:s|ed|ing)?|theor(?:y|ies|ize|ized)|guess(?:es|ed|ing)?|conjecture|consider(?:ing|s)? (?:a|splitting|making)|in talks|eyeing|could be|jump(?:ed|ing)? to (?:the )?conclusions?|suspect(?:s|ed|ing)? that|convinced that)\b`, weight: 1,
    examples: ['Fans are wondering what happens.', 'The studio is in talks with him.', 'Fans quickly jumped to conclusions that the stars are dating.'], counterexamples: ['The studio hired him.'] },
  { id: 'spec.future-time', label: 'speculation', pattern: String.raw`\b(?:sometime|some ?time in|by the end of|later this year|next year|in the future|soon|someday|eventually|upcoming)\b`, weight: 0.5,
    examples: ['It should hit screens sometime in 2024.', 'Expect it next year.'], counterexamples: ['It aired last year.'] },

  { id: 'spec.intent', label: 'speculation', pattern: String.raw`\b(?:plans? to|planning|aims? to|aiming|targeting|wants? to|looking to|in the works|in development|on the cards|being considered|considering|eyes|eyeing|tipped to|poised to|set to return)\b`, weight: 0.5,
    examples: ['The studio wants to expand.', 'A sequel is in the works.'], counterexamples: ['The sequel premiered.'] },
  // Promo: link lead-ins, calls to action, deals, chrome asking for action.
  { id: 'promo.lead-in', label: 'promo', pattern: String.raw`^(?:also read|read also|read more|read|related(?: articles?| stories| news| posts?)?|see also|see now|more from|more on|recommended|don[’']t miss|must read|trending|you may also like|you might also like|also see|also watch|watch|check out)\b ?[:|\-–—]`, weight: 2,
    examples: ['READ: New Year, New Shows On Netflix', 'Also Read | KCCI announces a challenge', 'Related: The best shows'], counterexamples: ['Reading the script, he laughed.', 'Watching the show, he cried.'] },
  { id: 'promo.more-from', label: 'promo', pattern: String.raw`^(?:more from|more on|trending on|trending now on|also on|related)\b(?! to\b)`, weight: 2,
    examples: ['More from Screen Daily', 'Trending on Variety', 'RELATED  The best shows of the year', 'Related Forum: TV Talk'], counterexamples: ['Related to the case, he spoke.', 'More fans came.'] },
  { id: 'promo.cta', label: 'promo', pattern: String.raw`^(?:watch|stream|binge|listen|download|shop|buy|get|grab|subscribe|sign up|follow|like us|connect|join|click|tap|check out|don[’']t miss|tune in|catch|order|pre-?order|book|register|try|start|discover|find out|learn more|see|visit|explore|enter|claim|save)\b`, weight: 1.5,
    examples: ['Binge all 12 episodes on Netflix', 'Watch The Founder trailer right here.', 'Get weekly updates on new articles and deals.'], counterexamples: ['Watching it, he cried.', 'The fans watch it.'] },
  { id: 'promo.subscribe', label: 'promo', pattern: String.raw`\b(?:subscribe|subscription|subscribers?|newsletters?|sign up|sign-up|signup|log ?in|register|inbox|updates on new articles)\b`, weight: 1.5,
    examples: ['Sign up for our newsletter.', 'Subscribe now'], counterexamples: ['He signed the contract.'] },
  { id: 'promo.social', label: 'promo', pattern: String.raw`\b(?:follow us|follow @|like us|connect with us|find us|join us|on facebook|on twitter|on instagram|on tiktok|on youtube|bookmark|share (?:this|with))\b`, weight: 1.5,
    examples: ['Like us on Facebook', 'Connect with us', 'bookmark/share with:', 'For all chart news, follow @billboard on X.'], counterexamples: ['She posted on her page.'] },
  { id: 'promo.deal', label: 'promo', pattern: String.raw`\b(?:deals?|discounts?|vouchers?|coupons?|promo codes?|coupon codes?|on sale|sale price|free trial|% off|off (?:your|the) (?:first|next)|cashback|bundle|affiliate|commission)\b`, weight: 1.5,
    examples: ['Get Hundreds of Discounts & Vouchers', 'Use a promo code.'], counterexamples: ['The studio hired him.', 'He dealt with it.'] },
  { id: 'promo.price', label: 'promo', pattern: String.raw`(?:[$€£₱₹¥]|\b(?:usd|php|inr|rs\.?)) ?\d`, weight: 0.5,
    examples: ['Grab ₱100,000 worth of vouchers', 'Only $9.99'], counterexamples: ['It sold 100,000 copies.'] },
  { id: 'promo.ad', label: 'promo', pattern: String.raw`^\[?ad(?:_\d+)?\]?$|\b(?:advertisement|advertising|sponsored|paid partnership|partner content|ad slot)\b`, weight: 2,
    examples: ['[ad_1]', 'Advertisement', 'Sponsored content'], counterexamples: ['The ad campaign won awards.'] },
  { id: 'promo.comments', label: 'promo', pattern: String.raw`\b(?:comments? (?:below|section)|in the comments|let us know|tell us|sound off|what do you think|what are you waiting for|are you (?:excited|watching|ready)|which (?:one )?(?:are|is|do|will) you|share your thoughts|drop a comment)\b`, weight: 2,
    examples: ['Let us know in the comments.', 'What do you think of this couple?', 'Which one are you watching?'], counterexamples: ['What the show does well is pacing.'] },
  { id: 'promo.trailer', label: 'promo', pattern: String.raw`\b(?:trailer|teaser|video|clip|watch (?:it|the|now)|right here|click here|tap here|below:?$)`, weight: 1,
    examples: ['Watch the trailer right here.', 'Check out the teaser below:'], counterexamples: ['The finale aired.'] },
  { id: 'promo.available', label: 'promo', pattern: String.raw`\b(?:available (?:now|to stream|on|exclusively)|now streaming|streaming now|out now|tickets|pre-?sale|on spotify|itunes|app store|google play|prime video|in stores|buy now|shop now|order now)\b`, weight: 1,
    examples: ['Available now on Netflix.', 'Listen on Spotify | iTunes'], counterexamples: ['It premiered on Netflix.'] },
  { id: 'promo.you', label: 'promo', pattern: String.raw`\b(?:you|your|you[’']ll|you[’']re)\b`, weight: 0.5,
    examples: ['If you haven’t watched it yet'], counterexamples: ['They watched it.'] },
  { id: 'promo.here-now', label: 'promo', pattern: String.raw`\b(?:now on|here|today|free)\b`, weight: 0.5,
    examples: ['Stream Weak Hero Now on KOCOWA'], counterexamples: ['There was no time.'] },

  { id: 'promo.chrome', label: 'promo', pattern: String.raw`\b(?:related (?:articles?|stories|posts?|news|content|videos?)|you may also like|you might also like|more stories|most popular|most read|leave a (?:reply|comment)|share this|previous article|next article|now playing|up next|read next|recommended for you|log in|sign in|write comments?|post a comment|join the conversation)\b`, weight: 2,
    examples: ['Related Articles', 'You May Also Like', 'Leave a Reply', 'Previous article: The best dramas'], counterexamples: ['The two stories are related.'] },
  { id: 'promo.redirect', label: 'promo', pattern: String.raw`\b(?:visit|head (?:over )?to|head on over|go to|check out|keep (?:checking|visiting)|stay tuned to)\b|(?<![\w-])[\w-]+\.(?:com|net|org|co|tv|io)\b|\bfor (?:more|the full|all the latest)\b|\bkeep (?:this|the) (?:article|post|page) updated\b`, weight: 1,
    examples: ['For the full list of dates, visit TwentyOnePilots.com.', 'For more coverage on the game, click here.', 'We update predictions weekly, so keep checking the site for our picks.'], counterexamples: ['He toured Seoul last year.'] },
  // News: attribution, confirmed scheduling, reporting.
  { id: 'news.attribution', label: 'news', pattern: String.raw`\b(?:said|says|told|tells|stated|explained|added|noted|wrote|announced|confirmed|revealed|according to|reported|declared|admitted|commented|responded|statement|interview|shared|posted|insisted|recalled|described|mentioned|clarified|expressed|emphasi[sz]ed|stressed|replied|answered|acknowledged|remarked|assured|affirmed|asserted|teased that|opened up)\b`, weight: 1,
    examples: ['Lee Jae-kyoo told Wikitree that he wants it.', 'According to Variety, it ended.', 'The agency clarified that the two are friends.', 'On 29 April they teased that it would begin in late 2024.'], counterexamples: ['It could return.'] },
  { id: 'news.on-record', label: 'news', pattern: String.raw`\b(?:[Hh]e|[Ss]he|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} (?:has|had))\s+(?:also\s+|further\s+)?(?:predicted|predicts|expects|believes|thinks|hopes|wants|plans|intends)\b`, caseSensitive: true, weight: 1,
    examples: ['He also predicted the film may achieve a global score.', 'She hopes to make a second season.', 'Analyst Mira Devan has predicted a big opening.'], counterexamples: ['Fans predicted a sequel.', 'The hopes of fans rose.', 'Many Fans predicted a sequel.'] },
  { id: 'news.denial', label: 'news', pattern: String.raw`\b(?:denied|denies|deny|denying|refuted|refutes|debunked|rubbish(?:ed|ing)|quash(?:ed|es|ing)|(?:is|are|was|were) (?:not true|untrue|baseless|groundless|unfounded)|dismissed (?:the )?(?:rumou?rs?|reports?|speculation)|shut down (?:the )?(?:rumou?rs?|reports?|speculation)|(?:declined|refused) to (?:comment|confirm|respond)|(?:cannot|can[’']t|could not|couldn[’']t) (?:comment|confirm)|(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t) (?:yet )?(?:respond|responded|reply|replied) to|no comment)\b`, weight: 1.5,
    examples: ['The agency denied the rumours.', 'The studio said it cannot comment on speculation.', 'Her label declined to comment.', 'The company released a statement rubbishing them.', 'The agency said the reports are baseless.', 'The producer did not respond to whether the series will air.', 'Netflix has not yet responded to requests for comment.'], counterexamples: ['Fans speculate about a reunion.'] },
  { id: 'news.quote', label: 'news', pattern: String.raw`["“][^"“”]{12,}["”]`, weight: 0.5,
    examples: ['He said, “We are making it happen.”'], counterexamples: ['The show “Kingdom” aired.'] },
  { id: 'news.schedule', label: 'news', pattern: String.raw`\b(?:slated|scheduled|set to (?:premiere|release|debut|air|return|open|launch|hit|arrive|stream)|will (?:premiere|air|debut|release|arrive|launch|return|stream|open|drop|hit|land|begin|start|conclude|be released|be available) (?:on|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|will (?:premiere|air|debut|release|arrive|launch|return|stream|open) on|premieres? on|(?:is|was) set for|officially|confirmed for)\b`, weight: 1.5,
    examples: ['The film is slated for June.', 'It will premiere on June 27.', 'Episodes 7 through 9 will drop this Friday, August 8.'], counterexamples: ['It could arrive in 2025.', 'It will drop this year, maybe.'] },
  { id: 'news.past', label: 'news', pattern: String.raw`\b(?:was|were|had|did|ended|aired|premiered|released|debuted|topped|earned|grossed|won|became|began|started|opened|returned|joined|starred|played|filmed|wrapped|sold|ranked|broke|made|took|got)\b`, weight: 0.5,
    examples: ['The series topped the charts.', 'It was a hit.'], counterexamples: ['It will be a hit.'] },
  { id: 'news.figures', label: 'news', pattern: String.raw`\b(?:ratings?|viewers|viewership|views|box office|gross(?:ed)?|charts?|billion|million|percent|episodes?|hours viewed|No\. ?1|number one|weekend|opening)\b`, weight: 0.5,
    examples: ['It drew 5 million viewers.', 'It topped the charts.'], counterexamples: ['He smiled.'] },
  { id: 'news.production', label: 'news', pattern: String.raw`\b(?:stars?|starring|starred|plays|played|cast|directed|director|written|writer|produced|producer|adapted|based on|follows|story|plot|character|season (?:one|1|two|2)|episode)\b`, weight: 0.5,
    examples: ['The drama stars Park Eun Bin.', 'Based on a webtoon.'], counterexamples: ['Subscribe now.'] },

  // Other: structure and chrome.
  { id: 'other.byline', label: 'other', pattern: String.raw`^(?:by|written by|posted by|author|reporter|edited by|reviewed by)\b|^[-–—] ?[A-Z]`, weight: 2,
    examples: ['By Jane Doe', 'Written by Kim'], counterexamples: ['Bypassing the rules, he left.'] },
  { id: 'other.credit', label: 'other', pattern: String.raw`\b(?:photo|photos|image|images|credit|credits|courtesy|source|sources|via|getty|shutterstock|screenshot|screengrab|file photo|pictured|instagram/|twitter/)\b ?[:|/]|^(?:photo|image|source|credit|courtesy|via)\b|\((?:photo|image|credit|courtesy)\b|©|copyright|all rights reserved`, weight: 2,
    examples: ['Photo: Netflix', 'Source: All Kpop', '© 2018 KpopStarz. All rights reserved.'], counterexamples: ['The photo went viral last week.'] },
  { id: 'other.dateline', label: 'other', pattern: String.raw`^(?:(?:updated|published|posted|last updated)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`, weight: 2,
    examples: ['Jul 14, 2017 | 16:55 PM EDT', 'Updated: 17 Dec. 2024', '12/05/2023'], counterexamples: ['July was hot.'] },
  { id: 'other.chrome', label: 'other', pattern: String.raw`^(?:(?:share|skip to (?:main )?content|home|menu|search|end of (?:the )?article|spoilers?(?: ahead| warning| alert)?|entertainment|news|tv|movies|trending now|filed under)\b|(?:tags?|topics?):)`, weight: 1.5,
    examples: ['End of Article', 'Tags: Netflix, K-drama', 'Spoilers ahead'], counterexamples: ['Entertaining as ever, the show returns.'] },
  { id: 'other.pointer', label: 'other', pattern: String.raw`\b(?:everything we know|^what we know\b|here[’']s (?:what|everything|all)|here is (?:what|everything)|take a look|details below|read on|find out more below|below\b[^.!?]{0,20}:$)`, weight: 1,
    examples: ['Here’s everything we know', 'What we know about the second season:', 'Take a look at the list below:'], counterexamples: ['The show is good.'] },
]

/** Cues of a rumour or an unnamed source: what the guidelines keep speculation even when attributed. */
export const rumourCues: ReadonlySet<string> = new Set(['spec.rumour', 'spec.source-claims'])
