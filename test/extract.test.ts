import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'

function entities(input: string, published?: string) {
  return analyze(input, { format: 'text', ...(published ? { published } : {}) }).entities.map((entity) =>
    entity.value ? `${entity.type}:${entity.name}=${entity.value}` : `${entity.type}:${entity.name}`,
  )
}

describe('extract', () => {
  const table: Array<[string, string[], string?]> = [
    ['The Netflix series “Kingdom” returns. Kingdom Season 2 was a hit.', ['org:Netflix', 'show:Kingdom']],
    ['Director Hwang Dong-hyuk said Squid Game season 2 is done.', ['person:Hwang Dong-hyuk', 'show:Squid Game']],
    ['It premiered on June 27, 2024 and ran until July 2024.', ['date:June 27, 2024=2024-06-27', 'date:July 2024=2024-07']],
    ['It aired last year and returns next month.', ['date:last year=2022', 'date:next month=2023-03'], '2023-02-10'],
    ['Shares fell on Monday; since July 24, 2003 the firm has lost money.', ['date:Monday=2009-03-09', 'date:July 24, 2003=2003-07-24'], '2009-03-13'],
    ['The show will open on Monday and returns in June.', ['date:Monday=2009-03-16', 'date:June=2009-06'], '2009-03-13'],
    ['It has been the best week since November.', ['date:November=2008-11'], '2009-03-13'],
    ['Output fell between April and June, the cars of the 70s and 80s, and costs rose on the year previous.', ['date:April=2008-04', 'date:June=2008-06', 'date:80s=198', 'date:the year previous=2008'], '2009-02-03'],
    ['It came in December of last year; in spring it rained, and this morning the previous year ended.', ['date:December of last year=2008-12', 'date:spring=2009-SP', 'date:this morning=2009-03-13', 'date:the previous year=2008'], '2009-03-13'],
    // A weekday before a day of the month is that day, in a year where the day falls on that weekday.
    ['It arrives Friday, August 1, then this Friday, August 8.', ['date:Friday, August 1=2025-08-01', 'date:this Friday, August 8=2025-08-08'], '2025-07-20'],
    ['Voting opens Monday May 22, and on Friday, 2024 ends.', ['date:Monday May 22=2023-05-22', 'date:Friday=2024-01-12'], '2024-01-10'],
    // A part of a relative period, a month's end or middle, a day of the month alone.
    ['It was announced at the end of last year, airs early next year and ends mid-June.', ['date:the end of last year=2008', 'date:early next year=2010', 'date:mid-June=2009-06'], '2009-03-13'],
    ['The finale aired on the 6th. The album is due end May.', ['date:the 6th=2009-03-06', 'date:end May=2009-05'], '2009-03-13'],
    ['Profits in the first quarter of last year and Q3 2009 rose.', ['date:the first quarter of last year=2008-Q1', 'date:Q3 2009=2009-Q3'], '2009-03-13'],
    ['It aired on 7/8/07, 2024-06-27 and three months ago.', ['date:7/8/07=2007-07-08', 'date:2024-06-27=2024-06-27', 'date:three months ago=2008-12'], '2009-03-13'],
    ['Ratings rose this week, and this past weekend too.', ['date:this week=2009-W11', 'date:this past weekend=2009-W10-WE'], '2009-03-13'],
    ['A hit in the 1990s and the 80s, it ran until July 28Then.', ['date:1990s=199', 'date:80s=198', 'date:July 28=2009-07-28'], '2009-03-13'],
    // An adjective opens a name when a known name follows it.
    ['Rich Paul and Little Richard met the press.', ['person:Rich Paul', 'person:Little Richard']],
    // Sponsors and presenters are organisations; so is a brand's fragrance house.
    ['The tour is presented by Copperfin. Additional sponsors are Lanternly and Mara Velik Parfums.', ['org:Copperfin', 'org:Lanternly', 'org:Mara Velik Parfums']],
    // “Bros.” inside a name does not end it.
    ['Fans love the game Super Copper Bros. Ultimate, made by Lantern Bros. Pictures.', ['show:Super Copper Bros. Ultimate', 'org:Lantern Bros. Pictures']],
    // A title quoted after a title-case preposition, its season outside the quotes.
    ['Lee Min-ho’s Character To Get Happy Ending In \'Copper Heart: Ryeo\' Season 2?', ['show:Copper Heart: Ryeo']],
    // A source line names outlets.
    ['It aired.\n\nSources: Copper Daily’s website, Lantern Natalie, Seoul', ['org:Copper Daily', 'org:Lantern Natalie', 'place:Seoul']],
    // An organisation's head noun (“Fund”, “Department of”), and not what belongs to it (“Shares of”).
    ['The Global Relief Fund and the U.S. Department of Labor met. Shares of Copper Mutual Insurance Company fell.', ['org:Global Relief Fund', 'org:U.S. Department of Labor', 'org:Copper Mutual Insurance Company']],
    ['Singapore Airlines and the Bank of England met Boeing; Air Canada did not.', ['org:Singapore Airlines', 'org:Bank of England', 'org:Boeing', 'org:Air Canada']],
    ['The film stars Miki Nakatani and Selena Gomez.', ['person:Miki Nakatani', 'person:Selena Gomez']],
    ['Copper Hills Season 3: What We Know', ['show:Copper Hills']],
    ['It wraps by Christmas and airs over the New Year break.', ['date:Christmas=2024-12-25', 'date:New Year=2025-01-01'], '2024-11-02'],
    ['The plant in Mobile, Alabama ships to Iceland.', ['place:Mobile, Alabama', 'place:Iceland']],
    ['Continuing shows, such as Harbour Nurses and Murder on the Pier, return.', ['show:Harbour Nurses', 'show:Murder on the Pier']],
    ['Morning Chatter star Rosa Mendel spoke after her breakout role in A Silent House, Noah Jupe said.', ['show:Morning Chatter', 'show:A Silent House', 'person:Noah Jupe']],
    ['Rivers of Jade (玉河) stars Yang Mi (楊冪) in the film “Take Me Home Tonight.”', ['show:Rivers of Jade', 'person:Yang Mi', 'show:Take Me Home Tonight']],
    ['Fans loved 2021’s Skyline: No Way Down. Ada will play Rosa Marsh in Lanterns: Chapter Two, and Kanno stars as Moopy in Osamu Tezuka’s Phoenix.', ['show:Skyline: No Way Down', 'show:Lanterns: Chapter Two', 'show:Phoenix', 'person:Osamu Tezuka']],
    ['Rivers of Jade 玉河 starred Yang Mi.\n\nRivers of Jade Lin Gengxin\n\nShe was filming Emilia Perez. They hired Mori Hase studio.', ['show:Rivers of Jade', 'person:Yang Mi', 'person:Lin Gengxin', 'show:Emilia Perez', 'org:Mori Hase']],
    ['Copper Lane and Snowfield actress Mara Velik is in talks. After that, Sandline: Part Two opened. Netflix cancelled Paper Moons after one season.', ['show:Copper Lane', 'show:Snowfield', 'person:Mara Velik', 'show:Sandline: Part Two', 'show:Paper Moons']],
    ['The novel by J. R. R. Tolkien and J.K. Rowling was read by Michael J. Fox and Megan Fox on Fox. Lily Rose Depp met Rose Byrne.', ['person:J. R. R. Tolkien', 'person:J.K. Rowling', 'person:Michael J. Fox', 'person:Megan Fox', 'org:Fox', 'person:Lily Rose Depp', 'person:Rose Byrne']],
    ['Guillermo del Toro met Ana de Armas and the late John le Carré.', ['person:Guillermo del Toro', 'person:Ana de Armas', 'person:John le Carré']],
    ['Joel Marrin in Copper Lane (2017)\n\nRosa Fane will play the title character in Vossler, the story of mime Karl Vossler. The anime comes from Kadokawa with Tetsu Amari as scriptwriter. He danced with professional partner Jowita Przystal and gospel vocalist Ada Nwosu.', ['person:Joel Marrin', 'show:Copper Lane', 'person:Rosa Fane', 'show:Vossler', 'person:Karl Vossler', 'org:Kadokawa', 'person:Tetsu Amari', 'person:Jowita Przystal', 'person:Ada Nwosu']],
    ['“Emma, Norman and Ray are the brightest kids.” It stars Deadshot (Will Smith) and Joker (Jared Leto). Wolf protagonist Legoshi returns.', ['person:Emma', 'person:Norman', 'person:Ray', 'person:Deadshot', 'person:Will Smith', 'person:Joker', 'person:Jared Leto', 'person:Legoshi']],
    ['Mara is the lead of the drama He’s The Copper Dragon. “Single’s Harbor” and ‘Lover’s Lane Diaries’ return; the single “Texas Hold ‘Em.” topped charts.', ['show:He’s The Copper Dragon', 'show:Single’s Harbor', 'show:Lover’s Lane Diaries', 'show:Texas Hold ‘Em']],
    ['Her single ‘Lantern Rain‘ is out, a hit of the ‘70s and ‘80s.', ['show:Lantern Rain']],
    ['“Dr. Copper 2” begins. The first season, “Dr. Copper”, was a hit.', ['show:Dr. Copper']],
    ['Watch The Odd Trailer For ‘Lantern Hill’ now. We saw ‘Ghostbusters: Afterlife’ From Director Jane Roe, and The Legend of Zelda: Tears of the Kingdom and The Salt Road.', ['show:Lantern Hill', 'show:Ghostbusters: Afterlife', 'show:The Legend of Zelda: Tears of the Kingdom']],
    ['Twin Rails (双軌) stars actor Ho Lin (何林).', ['show:Twin Rails', 'person:Ho Lin']],
    ['A thriller with the tentative title Miss Atkins’ Navy follows an update of Cinderella and the fairytale Malefica.', ['show:Miss Atkins’ Navy', 'show:Cinderella', 'show:Malefica']],
    ['Hollow Bones, the highly-anticipated sequel to Hinge, is coming; Salt Way, a new EP, is out.', ['show:Hollow Bones', 'show:Salt Way']],
    ['Experts predict the opening collection of Jawara. Directed by Atlas, Jawara stars many. Fans await the debut of Lokir.', ['show:Jawara', 'show:Lokir']],
    ['It lists The Witcher: Rise of the White Wolf and James Bond Racing for October, beating the opening figures of Pathara.', ['show:The Witcher: Rise of the White Wolf', 'show:Pathara']],
    ['Director: Kyohei Ishiguro (KimiLie)\n\nCharacter Design: Masayoshi Tanaka (DarliFro)', ['person:Kyohei Ishiguro', 'show:KimiLie', 'show:DarliFro']],
    ['Their last studio album, 2012’s Music From Another Planet!, debuted at No. 5.', ['date:2012=2012', 'show:Music From Another Planet']],
    ['“Scarlet Harbor: Ryeo” ended. Is Scarlet Harbor:Ryeo- Season 2 coming?', ['show:Scarlet Harbor: Ryeo']],
    ['The Night Porter\n\nFans loved The Night Porter last year.', ['show:The Night Porter']],
    ['The Turner & Finch series is coming, and the Copper Lake reboot too.', ['show:Turner & Finch', 'show:Copper Lake']],
    ['With the title track, Salt Letters, the band debuted. A single, Red Harbor, topped charts.', ['show:Salt Letters', 'show:Red Harbor']],
    ['They lead the romantic comedy Queen of the Pier and the dark thriller Salt Harbor.', ['show:Queen of the Pier', 'show:Salt Harbor']],
    ['Quayside has also faltered in its second season, and The Copper Society is soon coming up with its third season.', ['show:Quayside', 'show:The Copper Society']],
    ['Fans want Lantern Wars 5 and the studio’s Copper-Man 4. The list has Rust Hero 6 for September, and Fallen: New Harbor.', ['show:Lantern Wars 5', 'show:Copper-Man 4', 'show:Rust Hero 6', 'show:Fallen: New Harbor']],
    ['Stream Weak Paper 2 Now on KOCOWA\n\nWatch The Lantern trailer here.\n\nShield Harbor Renewed for 2 More Seasons\n\n2. Cheese In The Lane\n\nShinsuke Sato (Alice in Copperland, Bleachfield) will direct.', ['show:Weak Paper 2', 'org:KOCOWA', 'show:The Lantern', 'show:Shield Harbor', 'show:Cheese In The Lane', 'person:Shinsuke Sato', 'show:Alice in Copperland', 'show:Bleachfield']],
    ['The schedule lists Crysis 2 and Metal Gear Solid: Rising. Fans of Copper Lane, Moonlit Harbor and “Squid Game” agree.', ['show:Crysis 2', 'show:Metal Gear Solid: Rising', 'show:Copper Lane', 'show:Moonlit Harbor', 'show:Squid Game']],
    ['Raven Software made it. MD of Miraj Entertainment Ltd Amit Sharma said so at the Busan International Film Festival.', ['org:Raven Software', 'org:Miraj Entertainment', 'person:Amit Sharma', 'org:Busan International Film Festival']],
    ['Joynews24 reported that they met; Pinkvilla has exclusively learnt more.', ['org:Joynews24', 'org:Pinkvilla']],
    ['Fans loved “The Lord of the Rings: The Rings of Power” and “Orange Is the New Black”.', ['show:The Lord of the Rings: The Rings of Power', 'show:Orange Is the New Black']],
    ['White plays Carmen “Carmy” Berzatto. Dwayne “The Rock” Johnson smiled at Netflix “Squid Game” fans.', ['person:Carmen “Carmy” Berzatto', 'person:Dwayne “The Rock” Johnson', 'show:Squid Game']],
    // The owner of a known title is its author or star; a company or a place is not a person.
    ['Yamamoto plays Izawa in Ping Pong Club. Then Brannock Teague’s Ping Pong Club, Netflix’s Ping Pong Club and South Korea’s Ping Pong Club came.', ['person:Brannock Teague', 'org:Netflix', 'place:South Korea']],
    // Looking up a subtitle must not leave the shared expression positioned past the start of the next block.
    ['Fans loved 2021’s Skyline: No Way Down.\n\nKim Min-jun said so in Seoul.', ['show:Skyline: No Way Down', 'person:Kim Min-jun', 'place:Seoul']],
    ['The singer Jisoo met the character Legoshi.', ['person:Jisoo', 'person:Legoshi']],
    ['Grab ₱100,000 worth of vouchers or pay $4.5 million.', ['money:₱100,000=100000 PHP', 'money:$4.5 million=4500000 USD']],
    ['Park Eun Bin met Lee in Seoul. Lee smiled.', ['person:Park Eun Bin', 'place:Seoul']],
    ['The costume drama The Double <墨雨雲間> and C-drama Joy of Life 2 air in May.', ['show:The Double', 'show:Joy of Life 2']],
    ['Reality shows like Love is Blind, Too Hot to Handle and Temptation Island are back.', ['show:Love is Blind', 'show:Too Hot to Handle', 'show:Temptation Island']],
    ['Related: Is “Hellbound” Better Than “Squid Game”? Here Is Everything We Know', ['show:Hellbound', 'show:Squid Game']],
    ['Also See Carla Moreno Speaks Out Against Amber Heard & Thanks Johnny Depp During Trial', ['person:Amber Heard', 'person:Johnny Depp']],
    ['The Tom Hiddleston-led thriller returns alongside Tom Holland in 2021’s hit.', ['person:Tom Hiddleston', 'person:Tom Holland']],
    ['They could clash with Tom Hardy’s Venom. The cast includes Deadshot (Will Smith).', ['person:Tom Hardy', 'person:Will Smith']],
    // A surname found alone as a person makes the name-shaped run that ends in it its full name.
    ['Rumours say Hugh Jackman’s Wolverine and Tobey Marwick’s hero return. Sony has plans for Marwick and Andrew Garfield.', ['person:Tobey Marwick', 'person:Andrew Garfield']],
    ['Gomez has a cooking show titled Selena + Chef on HBO Max. Selena Gomez and Frankie Bridge spoke.', ['show:Selena + Chef', 'org:HBO Max', 'person:Selena Gomez', 'person:Frankie Bridge']],
    ['Gong Yoo, Park Bo-gum and Namkoong Min won. Directed by Atlee, Jawan features Nayanthara, Vijay Sethupathi, Sanya Malhotra, and Ridhi Dogra.', ['person:Namkoong Min', 'person:Atlee', 'person:Nayanthara', 'person:Vijay Sethupathi', 'person:Ridhi Dogra']],
    ['Even having Deng Lun or Xing Zhaolin return would help.', ['person:Deng Lun', 'person:Xing Zhaolin']],
    ['Mara Velik (“Absentia,” “Castle”) has been cast. The movie stars Tomas Ferreira.', ['person:Mara Velik', 'show:Absentia', 'person:Tomas Ferreira']],
    ['Go An Na (played by Yoona) left. Producer-director Gong Hee Chul stayed.', ['person:Go An Na', 'person:Yoona', 'person:Gong Hee Chul']],
    ['Ahn Ji Young of BOL4 sang. Tribes and Empires Storm of Prophecy Huang Xuan.', ['person:Ahn Ji Young', 'person:Huang Xuan']],
    ['Robert Downey, Jr. met Ant McPartlin and Sean O’Brien. The drama stars Gossip Girl’s Penn Badgley.', ['person:Robert Downey, Jr.', 'person:Ant McPartlin', 'person:Sean O’Brien', 'person:Penn Badgley']],
    ['IU sang with Taeyeon. Drake and Beyoncé watched. ZENDAYA’s album is out.', ['person:IU', 'person:Taeyeon', 'person:Drake', 'person:Beyoncé', 'person:ZENDAYA']],
    ['It flew from Toulouse, France to a plant in Mobile, Alabama. A trip to Australia, New Zealand and Europe.', ['place:Toulouse, France', 'place:Mobile, Alabama', 'place:Australia', 'place:New Zealand', 'place:Europe']],
    ['The director told Korean media outlet Gamma Daily so. According to Box Office Theory, it opens big; he told Maria Lopez too.', ['org:Gamma Daily', 'org:Box Office Theory', 'person:Maria Lopez']],
    ['ABC Audio, KBS 2TV and Netflix Korea spoke to Capcom and Legendary Entertainment.', ['org:ABC Audio', 'org:KBS 2TV', 'org:Netflix', 'place:Korea', 'org:Capcom', 'org:Legendary Entertainment']],
    ['Executive Director of Orion Cinemas Ltd Ravi Menon spoke. Killer Films’ Christine Vachon and Lionsgate Entertainment Chief Adam Fogelson agreed.', ['org:Orion Cinemas Ltd', 'person:Ravi Menon', 'org:Killer Films', 'person:Christine Vachon', 'org:Lionsgate Entertainment', 'person:Adam Fogelson']],
    ['SHADOW AND BONE:\n\nOrange Is The New Black ended.', ['show:SHADOW AND BONE', 'show:Orange Is The New Black']],
    ['Does Copper Hills Season 2 Have A Release Date? Is Moonlit Harbor Season 3 Happening?', ['show:Copper Hills', 'show:Moonlit Harbor']],
    ['Shows cancelled after one season include Moonlit Harbor, Copper Hills and Dana & the Lanterns.', ['show:Moonlit Harbor', 'show:Copper Hills', 'show:Dana & the Lanterns']],
    // A name compromise's lexicon lists as an organisation or a team.
    ['They love ABBA, and Aston Villa won.', ['org:ABBA', 'org:Aston Villa']],
    // A name compromise's lexicon lists as a city, country or region.
    ['Half of Costa Rica’s power came from dams, they said in Calgary.', ['place:Costa Rica', 'place:Calgary']],
    // One word inside a sentence that compromise's lexicon knows as a person's name.
    ['The fans love Messi, and a post about Hector went round.', ['person:Messi', 'person:Hector']],
    // A work named by its credit: “<title> director <name>”.
    ['We hope Copper Hills director Mara Velik and Lantern Wars writer Tomas Ferreira return.', ['show:Copper Hills', 'person:Mara Velik', 'show:Lantern Wars', 'person:Tomas Ferreira']],
    // A name after a greeting, and a place outside a link's address.
    ['Hey Jane Doe, see [the post](https://example.com/r/Calgary/post) about Calgary.', ['person:Jane Doe', 'place:Calgary']],
    // A role before a name whose given name no lexicon lists.
    ['Harbour FC manager Jürgen Kloss praised striker Tomi Lahrenko, and Senator Ozan Velk agreed.', ['person:Jürgen Kloss', 'person:Tomi Lahrenko']],
    ['Fans of The Walking Dead and Grey’s Anatomy played Splatoon 3 and Metal Gear Solid: Rising for 24th September.', ['show:The Walking Dead', 'show:Grey’s Anatomy', 'show:Splatoon 3', 'show:Metal Gear Solid: Rising', 'date:24th September']],
  ]
  for (const [input, expected, published] of table) {
    it(`finds ${expected.join(', ')}`, () => expect(entities(input, published)).toEqual(expect.arrayContaining(expected)))
  }

  // What must not be an entity.
  const negative: Array<[string, string[]]> = [
    ['Fans may see it. They waited two years for season two.', ['date:may', 'date:two years', 'date:season two']],
    ['They moved to the 6th floor on the 5th episode.', ['date:the 6th', 'date:the 5th']],
    ['June Kim said the fall of the empire came in their 20s, on monday.', ['date:June', 'date:the fall', 'date:20s', 'date:monday']],
    // A holiday inside a longer word; and, by default, no vague reference.
    ['China Eastern flew to Eastern Europe. Shares fell on the day, and now trade recently lower.', ['date:Easter', 'date:the day', 'date:now', 'date:recently']],
    ['South Korean TV shows are in demand.', ['org:South Korean TV', 'place:South Korean']],
    ['He said “we are so happy to be back here again.”', ['show:we are so happy to be back here again']],
    ['It stars Song Joong Ki. The Cannes Film Festival loved it.', ['show:Joong Ki', 'show:Festival']],
    ['I met Justin Bieber. This was fun.', ['person:Justin Bieber. This']],
    ['The U.S. Army, the U.S. Open and Summer Games fans met at Hope Street.', ['person:U.S. Army', 'person:U.S. Open', 'person:Summer Games']],
    ['Netflix (Ted Sarandos) agreed. Cats, Dogs and Birds came.', ['person:Netflix', 'person:Cats', 'person:Dogs']],
    ['Billboards appeared in Times Square.', ['show:Times Square']],
    ['Watch Jane Doe speak. 3. Park Seo-joon\n\nSeoul (Gangnam, Itaewon) and Jared Leto (Joker) came.', ['person:Watch Jane Doe', 'show:Park Seo-joon', 'show:Gangnam', 'show:Joker']],
    ['Hits of the ‘70s and ‘80s, or ‘90s‘ fans.', ['show:70s and', 'show:90s']],
    ['“Dr. Copper 2” begins. The first season, “Dr. Copper”, was a hit.', ['show:Dr. Copper 2']],
    ['Watch The Odd Trailer For ‘Lantern Hill’ now. We saw ‘Ghostbusters: Afterlife’ From Director Jane Roe, and The Legend of Zelda: Tears of the Kingdom and The Salt Road.', ['show:The Odd Trailer For', 'show:Ghostbusters: Afterlife’ From Director Jane Roe', 'show:The Legend of Zelda: Tears of the Kingdom and The Salt Road']],
    ['Mara Velik at an event for The 69th Primetime Emmy Awards (2017). The Grammy Awards, the Copper Film Festival and “Witness: The Tour” followed.', ['show:The 69th Primetime Emmy Awards', 'person:Emmy Awards', 'person:Grammy Awards', 'show:Copper Film Festival', 'show:Witness: The Tour']],
    ['Netflix already announced its second season. A Golden Globe winner whose show just premiered its second season.', ['show:Netflix', 'show:Golden Globe', 'show:A Golden Globe']],
    ['His gaming ID was ‘Copper-i’, and her username is “Lantern Girl”.', ['show:Copper-i', 'show:Lantern Girl']],
    ['The “Standard” option costs less than the "Premium" tier. Singles meet on an island dubbed "Inferno," then at a hotel, "Eden," for a date.', ['show:Standard', 'show:Premium', 'show:Inferno', 'show:Eden']],
    ['Indies, a Japanese webtoon contest, began. Produced by Kim Jae-won, the show follows singles. Netflix, the streamer, agreed.', ['show:Indies', 'show:Kim Jae-won', 'show:Netflix']],
    ['Experts predict the opening collection of Jawara. Directed by Atlas, Jawara stars many. The debut of Jennie and the release of Shah Rukh Khan’s film came.', ['show:Atlas', 'show:Jennie', 'show:Shah Rukh Khan']],
    ['It lists The Witcher: Rise of the White Wolf and James Bond Racing for October.', ['show:The Witcher', 'person:James Bond Racing']],
    ['Netflix boss Ted Sarandos (Los Gatos) spoke. Mara Velik (Netflix) agreed.', ['show:Los Gatos', 'show:Netflix']],
    ['Mara Velik at an event for Copper First Credit (2016). Many shows joined the dreaded ‘Cancelled After One Season’ club.', ['show:Copper First Credit', 'show:Cancelled After One Season']],
    ['Stana Kovic\n\nStana Kovic (“Absentia”) joined.\n\nNetflix\n\nThen Netflix said no.', ['show:Stana Kovic', 'show:Netflix']],
    ['The Netflix series ended. The Japanese series, the Tom Hiddleston-led show and the TV drama aired.', ['show:Netflix', 'show:Japanese', 'show:Tom Hiddleston-led', 'show:TV']],
    ['With the title track, Salt Letters, TEMPEST debuted. The album, Lee Min-ho said, sold.', ['show:TEMPEST', 'show:Lee Min-ho']],
    ['Twin Rails (双軌) stars actor Ho Lin (何林). The kids call her “Mom,” warmly.', ['show:Ho Lin', 'show:Mom']],
    ['Season 2 starts May 5. These 5 won; Netflix 5 million; the Switch 2 sold. Set for release in May 2026, Lantern Wars 5 is due.', ['show:Season 2', 'show:These 5', 'show:Netflix 5', 'show:Switch 2', 'show:May 2026', 'show:Fallen']],
    ['Watch The New Trailer For ‘Copper Hills’ now. Shows Which Have Been Renewed for Season 2: many. It has 2 seasons of 1 cour.', ['show:The New Trailer For', 'show:Shows Which Have Been', 'show:1']],
    ['Jane Doe and “Squid Game” met Netflix, Seoul and “Squid Game”. Meanwhile, “Squid Game” won. Hopefully, Copper Lane and “Squid Game” return.', ['show:Jane Doe', 'show:Netflix', 'show:Seoul', 'show:Meanwhile', 'show:Hopefully']],
    ['The reported deal fell. Kim reported it, and Jennie reported it too.', ['org:The', 'org:Kim', 'org:Jennie']],
    ['He said that “Actress Mara Velik and Tomas Ferreira are just good friends.” See “Nintendo Insider Leaks Next Direct and Its Game Announcements”.', ['show:Actress Mara Velik and Tomas Ferreira are just good friends', 'show:Nintendo Insider Leaks Next Direct and Its Game Announcements']],
    ['Fans of the K-pop boy group rejoice. Regardless, “Squid Game” returns. White plays Carmen “Carmy” Berzatto. It debuts at No. 9 and webtoon IPs sell.', ['show:K-pop', 'show:Regardless', 'show:Carmy', 'show:No', 'show:IPs']],
    ['They renewed Sarah Kim’s deal and cancelled Monday’s show.', ['show:Sarah Kim', 'show:Monday']],
    ['Love in the Moonlight and Moopy in Osamu Tezuka’s Phoenix returned.', ['person:Moopy in Osamu Tezuka', 'person:Love in the Moonlight']],
    ['Regardless, The Walking Dead returns.', ['person:Walking Dead']],
    ['READ: New Year, New Shows On Netflix', ['date:New Year']],
    ['Virginia Woolf never saw Tokyo Ghoul.', ['place:Virginia', 'place:Tokyo']],
    ['Rivers of Jade (玉河) stars Yang Mi (楊冪) in the film “Take Me Home Tonight.” The “May 15” teaser is out.', ['show:Yang Mi', 'show:Noah Jupe', 'date:Tonight', 'show:May 15']],
    ['Kanno stars as Moopy in Osamu Tezuka’s Phoenix. In 2021 Ada Lee: she said so.', ['show:Osamu Tezuka', 'show:Osamu Tezuka’s Phoenix', 'show:Ada Lee: she said so']],
    ['Character Design: Mika Sato. Ford’s next model Falcon ships, said director Netflix.', ['person:Design', 'person:Falcon', 'person:Netflix']],
    ['General Motors moved to San Jose, said the European Union.', ['person:General Motors', 'person:San Jose', 'person:European Union', 'place:Singapore']],
    ['They could clash with Tom Hardy’s Venom. Starring Martin Freeman, the drama Kingdom on Netflix returns. Will Netflix renew it?', ['person:Tom Hardy’s Venom', 'person:Starring Martin Freeman', 'show:Kingdom on Netflix', 'person:Will Netflix']],
    ['Fans of “Emily in Paris” and the film Selena met Selena Gomez at Victoria Station.', ['show:Emily', 'show:Selena Gomez', 'person:Victoria Station']],
    ['Directed by Atlee, Jawan also stars Lee Min-ho. The Oscars, Supporting Actor and Park Bo-gum.', ['person:Jawan', 'person:Oscars', 'person:Supporting Actor']],
    ['Jennie Kim met Minnie Mouse in a rainy week.', ['person:Jennie', 'person:Minnie']],
    ['Moving on, the Scandal broke and Friends of the Signal said so.', ['show:Moving', 'show:Scandal', 'show:Friends', 'show:Signal']],
    ['The walking dead filled the street. The crown fell off.', ['show:The walking dead', 'show:The crown']],
    ['Movies starring famous people like Tom Cruise sell.', ['show:Tom Cruise']],
    ['A drake swam by as the usher sang. SIA flies to Paris.', ['person:drake', 'person:usher', 'person:SIA']],
    ['The Chip and Dale Park Life Special Is Here With Song Sales Data.', ['person:Park Life', 'person:Song Sales']],
    ['According to Daniel Reyes, the agency told South Korean fans so.', ['org:Daniel Reyes', 'org:South Korean']],
    // … but not with a word before it that no given name is (“Director”, “Sony”).
    ['Sony has plans for Marwick and Andrew Garfield. Director Marwick spoke, and Sony Marwick rose.', ['person:Director Marwick', 'person:Sony Marwick']],
    ['People say it is Legendary. Xbox owners agree.', ['org:People', 'org:Legendary', 'org:Xbox']],
    ['Springs in Spring Valley and the Summer Olympics were fine.', ['date:Spring', 'date:Summer']],
    ['They toured London, Paris and South Korea, Thailand. Meanwhile, France said no.', ['place:London, Paris', 'place:South Korea, Thailand', 'place:Meanwhile, France', 'place:Meanwhile']],
    // Not a ticker in capitals, nor a place word that begins a longer name.
    ['It is now Paramount Global (PARA). Paris Hilton met Chelsea.', ['place:PARA', 'place:Paris', 'place:Chelsea']],
    // A lone name word: not a possessive before a capital, not at a sentence's start, not a Korean family name, not a place.
    ['They think that Pete’s Dragon will sell. Will it? Chase the deal, said producer Kim in Paris.', ['person:Pete', 'person:Will', 'person:Chase', 'person:Kim', 'person:Paris']],
    ['Shares of Copper Mutual Insurance Company fell.', ['org:Shares of Copper Mutual Insurance Company']],
    ['RELATED: Lantern Season 2 Poster Hints at Major Drama', ['person:Major Drama']],
    ['Join Our Copperline Channel. On Air Now: the Weekend Box Office, Most Popular News and a 4K TV deal.', ['org:Join Our Copperline Channel', 'org:Air Now', 'org:Weekend Box Office', 'org:Most Popular News', 'org:4K TV']],
    ['Lee Min-ho’s Character To Get Happy Ending In \'Copper Heart: Ryeo\' Season 2? Then Sono \'Okodawari,\' Ore ni mo Kure yo! aired.', ['show:Ryeo', 'show:Okodawari']],
    ['Source: Lantern Natalie (Article image as well)', ['org:Source', 'org:Article', 'person:Lantern Natalie']],
    // What describes or names a credited person is no work; nor is a job's own word opening a sentence.
    ['The film stars Oscar-winning actress Emma Stone and Hollywood star Brad Pitt. Casting director Jane Doe agreed, as did Korean director Park Chan-wook.', ['show:Oscar-winning', 'person:Oscar-winning', 'show:Emma Stone', 'show:Hollywood', 'show:Casting', 'show:Korean']],
    // A greeting, the pronoun “I”, and what lies inside a web or mail address.
    ['Hey Jane Doe, thanks. A series like I described. See https://example.com/r/Calgary/ or write to desk@Netflix.example.com.', ['person:Hey Jane Doe', 'show:I', 'place:Calgary', 'org:Netflix']],
    ['My Demon: Ending Explained and Possibilities for Season 2\n\nShows Which Have Been Renewed for Season 2:', ['show:Ending Explained and Possibilities for', 'show:Ending Explained and Possibilities', 'show:Shows Which Have Been Renewed']],
  ]
  for (const [input, unexpected] of negative) {
    it(`does not find ${unexpected.join(', ')}`, () => {
      const found = entities(input).map((entry) => entry.split('=')[0]!.toLowerCase())
      for (const entry of unexpected) expect(found).not.toContain(entry.toLowerCase())
    })
  }

  it('makes one date of two forms of the same day or year, but not of a weekday or a part of a period', () => {
    const dates = (input: string) => analyze(input, { published: '2017-05-15' }).entities.filter((entity) => entity.type === 'date').map((entity) => [entity.name, entity.mentions.length])
    expect(dates('Sales open Thursday, May 18. On May 18 fans queue. It came sometime in 2019; 2019 was good.')).toEqual([['Thursday, May 18', 2], ['sometime in 2019', 2]])
    expect(dates('It ends in mid 2021, and 2021 was long. They met Tuesday, May 16, that Tuesday.').map(([name]) => name)).toEqual(['mid 2021', '2021', 'Tuesday, May 16', 'Tuesday'])
  })

  it('finds TimeML’s vague references with `timeReferences`, and resolves “the day” to the day named before it', () => {
    const dates = (input: string) =>
      analyze(input, { published: '2009-04-04', timeReferences: true }).entities.filter((entity) => entity.type === 'date').map((entity) => `${entity.name}=${entity.value}`)
    expect(dates('Stocks rose on Friday and ended the day higher. It is now clear that recent losses may soon end, in the near future.')).toEqual([
      'Friday=2009-04-03',
      'the day=2009-04-03',
      'now=PRESENT_REF',
      'recent=PAST_REF',
      'soon=FUTURE_REF',
      'the near future=FUTURE_REF',
    ])
    // Without a day named before it, “the day” is the day of publication; “the same month a year ago” a year back.
    expect(dates('For the day, the index fell; sales in the same month a year ago were higher.')).toEqual(['the day=2009-04-04', 'the same month a year ago=2008-04'])
    // “for the time being” is the present, not a time named before; “the past nine days” is a duration.
    expect(dates('For the time being, prices rose over the past nine days; later this year they fall.')).toEqual(['the time being=PRESENT_REF', 'later this year=2009'])
  })

  it('links a title’s subtitle to the full title, named by the first mention', () => {
    const shows = (input: string) => analyze(input).entities.filter((entity) => entity.type === 'show').map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])
    expect(shows('Fans loved “Copper Saga: Tears of the River”. Tears of the River sold well.')).toEqual([['Copper Saga: Tears of the River', ['Copper Saga: Tears of the River', 'Tears of the River']]])
    expect(shows('The sequel to “Breath of the Lantern” was “Copper Saga: Breath of the Lantern”.')).toEqual([['Breath of the Lantern', ['Breath of the Lantern', 'Copper Saga: Breath of the Lantern']]])
    // A one-word subtitle is too thin to link.
    expect(shows('They played “Copper: Origins”, then “Origins”.').map(([name]) => name)).toEqual(['Copper: Origins', 'Origins'])
  })

  it('links an abbreviation defined in brackets to its organisation, and no other', () => {
    const input = 'The Korea Film Industry Council (KFIC) met. Later the KFIC said so. Chief Executive Officer (CEO) Ann Lee spoke; the CEO left.'
    const found = analyze(input).entities
    const council = found.find((entity) => entity.name === 'Korea Film Industry Council')
    expect(council?.type).toBe('org')
    expect(council?.mentions.map((mention) => mention.text)).toEqual(['Korea Film Industry Council', 'KFIC', 'KFIC'])
    // An abbreviation a gazetteer knows as well is linked all the same.
    const broadcaster = analyze('The Munhwa Broadcasting Corporation (MBC) grew; MBC said so.').entities.filter((entity) => entity.type === 'org')
    expect(broadcaster.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Munhwa Broadcasting Corporation', 3]])
    expect(found.some((entity) => /CEO|Chief Executive/.test(entity.name))).toBe(false)
  })

  it('respects `entities: false` and the gazetteer option', () => {
    expect(analyze('Netflix said so.', { entities: false }).entities).toEqual([])
    expect(entities('We met Zorblat at Quux Hall.', undefined)).not.toContain('person:Zorblat')
    const found = analyze('We met Zorblat at Quux Hall.', { gazetteer: { person: ['Zorblat'], place: ['Quux Hall'] } }).entities
    expect(found.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['person:Zorblat', 'place:Quux Hall'])
  })
})
