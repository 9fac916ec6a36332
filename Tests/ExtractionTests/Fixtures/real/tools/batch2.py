from goldlib import *

write("r16_vietnam_japan_policy_dialogue", None,
  [P("Nguyen Chi Vinh", ["Sen. Lt. Gen. Nguyen Chi Vinh"], "Vietnam", [T("Deputy Defence Minister", None, ["Vietnamese Deputy Defence Minister"])], id="nguyen-chi-vinh"),
   P("Nishida Yasunori", [], "Japan", [T("Deputy Defence Minister", None, ["Japanese Deputy Defence Minister"])], id="nishida-yasunori"),
   P("Ngo Xuan Lich", ["Lich", "Gen. Ngo Xuan Lich"], "Vietnam", [T("Minister of National Defence", None, ["Vietnamese Minister of National Defence"])], id="ngo-xuan-lich")],
  [O("VNA", ["Vietnam News Agency"], "Vietnam", id="vna")],
  ["Vietnam", "Japan"],
  [E("Talks", ["Nguyen Chi Vinh", "Nishida Yasunori"], None, evidence="held the 7th defence policy dialogue ... chaired by"),
   E("Meeting", ["Ngo Xuan Lich", "Nishida Yasunori"], None, location="Hanoi")],
  places=["Hanoi", "Tokyo"], notes="November 25 without a year or publication date: null.")

write("r17_vietnam_japan_tokyo", "2020-02-21",
  [P("Nguyen Chi Vinh", [], "Vietnam", [T("Deputy Defence Minister", None, [])], id="nguyen-chi-vinh"),
   P("Nishida Yasunori", [], "Japan", [T("Deputy Defence Minister", None, [], optional=True)], id="nishida-yasunori"),
   P("Taro Kono", [], "Japan", [T("Minister of Defence", None, ["Japanese Minister of Defence"])], id="taro-kono")],
  [O("VNA", ["Vietnam News Agency"], "Vietnam", id="vna"), O("ASEAN", ["Association of Southeast Asian Nations"], None, id="asean"), O("UN Security Council", [], None, id="unsc"),
   O("ADMM", ["ASEAN Defence Ministers Meeting"], None, optional=True)],
  ["Vietnam", "Japan"],
  [E("Talks", ["Nguyen Chi Vinh", "Nishida Yasunori"], "2020-02-21", location="Tokyo"),
   E("Meeting", ["Nguyen Chi Vinh", "Taro Kono"], None, ["2020-02-21"], location="Tokyo")],
  places=["Tokyo"], notes="'Earlier he met' : the same day is a plausible reading.")

write("r18_vietnam_japan_ambassador", "2020-12-04",
  [P("Hoang Xuan Chien", ["Chien", "Sen. Lt. Gen. Hoang Xuan Chien"], "Vietnam", [T("Deputy Minister of Defence", None, [])], id="hoang-xuan-chien"),
   P("Yamada Takio", ["Yamada"], "Japan", [T("Ambassador", None, ["Japanese Ambassador to Vietnam", "Ambassador to Vietnam"])], id="yamada-takio")],
  [O("VNA", ["Vietnam News Agency"], "Vietnam", id="vna")],
  ["Vietnam", "Japan"],
  [E("Meeting", ["Hoang Xuan Chien", "Yamada Takio"], "2020-12-04", location="Hanoi")],
  places=["Hanoi"], notes="The photo caption repeats the meeting.")

write("r19_vietnam_japan_onodera", None,
  [P("Phung Quang Thanh", ["Thanh", "General Thanh"], "Vietnam", [T("Defense Minister", None, ["Vietnamese Defense Minister"])], id="phung-quang-thanh"),
   P("Itsunori Onodera", ["Onodera"], "Japan", [T("Defense Minister", None, ["Japanese Defense Minister"])], id="itsunori-onodera"),
   P("Nguyen Tan Dung", ["PM Dung"], "Vietnam", [T("Prime Minister", None, ["PM"])], id="nguyen-tan-dung")],
  [],
  ["Vietnam", "Japan"],
  [E("Talks", ["Phung Quang Thanh", "Itsunori Onodera"], None, location="Hanoi"),
   E("Meeting", ["Phung Quang Thanh", "Itsunori Onodera"], None, location="Hanoi", optional=True, evidence="General Thanh welcomed"),
   E("Visit", ["Itsunori Onodera"], None, location="Vietnam", optional=True),
   E("Meeting", ["Nguyen Tan Dung", "Itsunori Onodera"], None, evidence="held a reception for the Japanese defense minister")],
  places=["Hanoi"], notes="The Prime Minister's reception names the guest by his post only.")

write("r20_uganda_south_africa_entebbe", "2024-11-21",
  [P("Muhoozi Kainerugaba", ["Kainerugaba", "General Muhoozi Kainerugaba"], "Uganda", [T("Chief of Defense Forces", "Uganda People's Defence Forces", ["CDF", "Chief of Defence Forces"])], id="muhoozi-kainerugaba"),
   P("Rudzani Maphwanya", ["Maphwanya"], "South Africa", [T("Chief of the South African National Defense Force", "South African National Defence Force", ["Chief"])], id="rudzani-maphwanya"),
   P("Kayanja Muhanga", [], "Uganda", [T("Commander of Land Forces", "Uganda People's Defence Forces", [])]),
   P("Charles Okidi", [], "Uganda", [T("Commander of Air Force", "Uganda People's Defence Forces", [])]),
   P("Jack Bakasumba", [], "Uganda", [T("Chief of Joint Staff", "Uganda People's Defence Forces", [])]),
   P("Michael Nyarwa", [], "Uganda", [T("Marines Commander", "Uganda People's Defence Forces", [])])],
  [O("South African National Defense Force", ["SANDF", "South African National Defence Force"], "South Africa", id="sandf"),
   O("UPDF", ["Uganda People's Defence Forces"], "Uganda", id="updf"),
   O("Special Forces Command", [], "Uganda", optional=True)],
  [C("Uganda", optional=True), "South Africa"],
  [E("Meeting", ["Muhoozi Kainerugaba", "Rudzani Maphwanya"], None, ["2024-11-21", "2024-11-20"], location="Entebbe",
     also=["Kayanja Muhanga", "Charles Okidi", "Jack Bakasumba", "Michael Nyarwa"])],
  places=["Special Forces Command Headquarters", "Entebbe"])

write("r21_uganda_ghana_courtesy_call", None,
  [P("Wilson Mbadi", ["Mbadi", "Gen Mbadi", "CDF Gen Mbadi"], "Uganda", [T("Chief of Defence Forces", "Uganda People's Defence Forces", ["CDF"])], id="wilson-mbadi"),
   P("Seth Amoama", ["Vice Admiral Seth Amoama"], "Ghana", [T("Chief of Defence Staff", "Ghana Armed Forces", ["CDS"])], id="seth-amoama")],
  [O("Ghana Armed Forces", [], "Ghana", id="gaf"), O("Ministry of Defence and Veterans Affairs", [], "Uganda", id="uganda-modva")],
  [C("Uganda", optional=True), "Ghana"],
  [E("Meeting", ["Wilson Mbadi", "Seth Amoama"], None, location="Kampala")],
  [Q("Wilson Mbadi", "Continued collaborative arrangements are the best formidable tool for eventual social economic transformation of the continent.")],
  places=["Mbuya", "Kampala"], notes="Two photo captions; 'Sowing the Mustard Seed' is a book title, not a person.")

write("r22_ghana_south_africa_burma_camp", "2024-08-02",
  [P("Kofi Amankwa-Manu", ["Amankwa-Manu"], "Ghana", [T("Deputy Minister of Defence", None, ["Ghana's Deputy Minister of Defence"])], id="kofi-amankwa-manu"),
   P("Thobekile Gamede", ["Gamede", "Dr Thobekile Gamede"], "South Africa", [T("Acting Secretary for Defence", None, ["Secretary for Defence"])], id="thobekile-gamede")],
  [O("Ghana Armed Forces", ["GAF"], "Ghana", id="gaf"), O("South African National Defence Force", ["SANDF"], "South Africa", id="sandf")],
  ["Ghana", "South Africa"],
  [E("Meeting", ["Kofi Amankwa-Manu", "Thobekile Gamede"], None, ["2024-07-29", "2024-07-30"], location="Burma Camp")],
  places=["Burma Camp", "Command Officers Mess"], notes="A two-day meeting (29 and 30 July).")

write("r23_philippines_cambodia_ambassador", "2024-03-21",
  [P("Gilbert Teodoro", ["Teodoro"], "Philippines", [T("Defense Secretary", "Department of National Defense", ["Secretary of National Defense"])], id="gilbert-teodoro"),
   P("Phan Peuv", [], "Cambodia", [T("Ambassador", None, ["Cambodian Ambassador"])], id="phan-peuv"),
   P("Marcos", ["President Marcos"], "Philippines", [T("President", None, [])], id="ferdinand-marcos-jr"),
   P("Hun Manet", [], "Cambodia", [T("Prime Minister", None, ["Cambodian Prime Minister"])], id="hun-manet"),
   P("Arsenio Andolong", ["Andolong"], "Philippines", [T("spokesman", "Department of National Defense", ["DND spokesman", "Spokesperson"])], id="arsenio-andolong")],
  [O("Department of National Defense", ["DND"], "Philippines", id="ph-dnd"), O("Association of Southeast Asian Nations", ["ASEAN"], None, id="asean"),
   O("PhilSTAR Daily", ["PhilSTAR Daily, Inc"], "Philippines", optional=True), O("SyndiGate Media Inc.", ["SyndiGate Media"], None, optional=True)],
  ["Philippines", "Cambodia", C("Australia", optional=True)],
  [E("Meeting", ["Gilbert Teodoro", "Phan Peuv"], "2024-03-18", location="Camp Aguinaldo"),
   E("Meeting", ["Marcos", "Hun Manet"], None)],
  places=["Camp Aguinaldo"])

write("r24_philippines_thailand_navy", "2024-07-09",
  [P("Angelito de Leon", ["De Leon"], "Philippines", [T("Defense Undersecretary", "Department of National Defense", ["Undersecretary", "Under Secretary"])], id="angelito-de-leon"),
   P("Adoong Pan-Inam", ["Adoong"], "Thailand", [T("commander-in-chief", "Royal Thai Navy", ["Commander-in-Chief of the Royal Thai Navy"])], id="adoong-pan-inam")],
  [O("Royal Thai Navy", [], "Thailand", id="rtn"), O("Department of National Defense", ["DND"], "Philippines", id="ph-dnd"), O("Philippine Navy", [], "Philippines", id="ph-navy"),
   O("PhilSTAR Daily", ["PhilSTAR Daily, Inc"], "Philippines", optional=True), O("SyndiGate Media Inc.", ["SyndiGate Media"], None, optional=True)],
  ["Philippines", "Thailand"],
  [E("Meeting", ["Angelito de Leon", "Adoong Pan-Inam"], "2024-07-04", location="Department of National Defense"),
   E("Visit", ["Adoong Pan-Inam"], None, location="Philippines", optional=True)],
  places=["Department of National Defense"])

write("r25_philippines_cambodia_jdcc", "2019-03-27",
  [P("Arsenio Andolong", ["Andolong"], "Philippines", [T("Public Affairs Service chief", "Department of National Defense", []), T("spokesman", "Department of National Defense", ["DND spokesman", "Spokesperson"])], id="arsenio-andolong"),
   P("Ricardo David, Jr.", ["Ricardo David", "David"], "Philippines", [T("Defense Undersecretary", None, ["Undersecretary", "Under Secretary"])], id="ricardo-david"),
   P("Neang Phat", ["Phat", "General Neang Phat"], "Cambodia", [T("Secretary of State", "Ministry of National Defense", ["Secretary of State of the Ministry of National Defense"])], id="neang-phat")],
  [O("Department of National Defense", ["DND"], "Philippines", id="ph-dnd"), O("Ministry of National Defense", [], "Cambodia", id="kh-mnd"),
   O("Philippines-Cambodia Joint Defense Cooperation Committee", ["JDCC", "Joint Defense Cooperation Committee"], None, optional=True)],
  ["Philippines", "Cambodia"],
  [E("Meeting", ["Ricardo David, Jr.", "Neang Phat"], None, ["2019-03-11"], location="Phnom Penh", evidence="co-chaired by")],
  [Q("Neang Phat", "I believe the JDCC is really important for our parties to work together to develop our Defense Cooperation Program,")],
  places=["Phnom Penh"], notes="A meeting from March 11 to 14: null, the first day accepted. 'Committeemeeting' is run together on the page.")

write("r26_ghana_attaches_call_on_cds", None,
  [P("Seth Amoama", ["Vice Admiral Seth Amoama", "Vice Admiral Amoama"], "Ghana", [T("Chief of the Defence Staff", "Ghana Armed Forces", ["CDS", "Chief of Defence Staff"])], id="seth-amoama"),
   P("Lorraine Ndlovu", ["Col Lorraine Ndlovu"], "South Africa", [T("Dean", "Association of Foreign Defence Attachés", ["DA", "Defence Attaché"])], id="lorraine-ndlovu")],
  [O("Association of Foreign Defence Attachés", ["DAs", "Association"], "Ghana", id="afda-ghana"), O("Ghana Armed Forces", ["GAF"], "Ghana", id="gaf"),
   O("Military High Command", [], "Ghana", optional=True)],
  ["Ghana", "Nigeria", "United States", "Zambia", "Turkey", "Austria", "Burkina Faso", "Switzerland", "South Africa", "Denmark", "Canada", "United Kingdom"],
  [E("Meeting", ["Seth Amoama", "Lorraine Ndlovu"], "2022-05-25", location="Burma Camp", optional=True)],
  places=["Burma Camp", "Accra"], notes="The association (a body) called on the CDS; its dean is the one named person with him: optional.")

write("r27_india_army_chief_governor", None,
  [P("Bikram Singh", ["Gen Bikram Singh", "General Bikram Singh"], "India", [T("Chief of the Army Staff", "Indian Army", ["Army Chief", "Indian Army Chief"])], id="bikram-singh"),
   P("Shivraj Patil", [], "India", [T("Governor", None, ["Punjab Governor"])], id="shivraj-patil"),
   P("S Jaishankar", [], "India", [T("External Affairs Minister", None, [])], id="s-jaishankar", optional=True),
   P("Wang Yi", [], "China", [T("Foreign Minister", None, [], optional=True)], id="wang-yi", optional=True)],
  [O("PTI", [], "India", id="pti"), O("Brahmand News", ["Brahmand"], "India", optional=True), O("Western Command", ["Western Command Headquarters"], "India", id="in-western-command"),
   O("Indian Army", [], "India", id="indian-army", optional=True)],
  ["India", C("China", optional=True)],
  [E("Visit", ["Bikram Singh"], None, location="Chandimandir", optional=True),
   E("Meeting", ["Bikram Singh", "Shivraj Patil"], None),
   E("Talks", ["S Jaishankar", "Wang Yi"], None, optional=True)],
  places=["Chandimandir", "Chandigarh", "New Delhi", "Punjab"], notes="A related-news teaser at the end: optional.")

write("r28_pakistan_navy_malaysia_niazi", "2023-08-12",
  [P("Muhammad Amjad Khan Niazi", ["Admiral Muhammad Amjad Khan Niazi"], "Pakistan", [T("Chief of the Naval Staff", "Pakistan Navy", ["Naval Chief", "CNS"])], id="amjad-khan-niazi"),
   P("Abdul Rahman bin Ayob", ["Tan Sri Abdul Rahman bin Ayob"], "Malaysia", [T("Chief of Royal Malaysian Navy", "Royal Malaysian Navy", [])], id="abdul-rahman-ayob")],
  [O("DNA", [], "Pakistan", optional=True), O("Royal Malaysian Navy", [], "Malaysia", id="rmn"), O("Ministry of Defence", [], "Malaysia", optional=True),
   O("Malaysian National Defence College", ["PUSPAHANAS"], "Malaysia", id="puspahanas"), O("National Hydrographic Center", ["NHC"], "Malaysia", id="my-nhc")],
  ["Pakistan", "Malaysia"],
  [E("Visit", ["Muhammad Amjad Khan Niazi"], None, location="Malaysia", optional=True),
   E("Meeting", ["Muhammad Amjad Khan Niazi", "Abdul Rahman bin Ayob"], None, ["2023-08-12"])],
  places=["Ministry of Defence"], notes="The DG of the NHC is not named.")

write("r29_poland_germany_pistorius", "2024-07-02",
  [P("Władysław Kosiniak-Kamysz", ["Kosiniak-Kamysz"], "Poland", [T("Defence Minister", None, ["Polish Defence Minister"])], id="wladyslaw-kosiniak-kamysz"),
   P("Boris Pistorius", ["Pistorius"], "Germany", [T("Defence Minister", None, ["German Defence Minister"])], id="boris-pistorius")],
  [O("NATO", ["North Atlantic Treaty Organization"], None, id="nato"), O("European Union", [], None, id="eu"), O("Polish Radio", [], "Poland", optional=True), O("IAR", [], "Poland", optional=True),
   O("Polish defence ministry", ["Ministry of National Defence"], "Poland", optional=True)],
  ["Poland", "Germany"],
  [E("Meeting", ["Władysław Kosiniak-Kamysz", "Boris Pistorius"], "2024-07-02", location="Warsaw")],
  [Q("Polish defence ministry", "bilateral relations in defence and the security of the European Union and NATO.", "Organization")],
  places=["Warsaw", "Washington"], notes="datePublished taken from the meeting's full date (no page date); the sentence is broken by a blank line.")

write("r30_uae_pakistan_ambassador", None,
  [P("Mohammed bin Ahmed Al Bowardi", ["Al Bowardi"], "United Arab Emirates", [T("Minister of State for Defence Affairs", None, [])], id="mohammed-al-bowardi"),
   P("Afzaal Mahmood", ["Mahmood"], "Pakistan", [T("Ambassador", None, ["Ambassador of Pakistan to the UAE"])], id="afzaal-mahmood"),
   P("Mattar Salem Al Dhaheri", ["Matar Salem Al Dhaheri"], "United Arab Emirates", [T("Under-Secretary", "Ministry of Defence", [])], id="matar-al-dhaheri")],
  [O("Emirates News Agency", ["WAM"], "United Arab Emirates", id="wam")],
  ["United Arab Emirates", "Pakistan"],
  [E("Meeting", ["Mohammed bin Ahmed Al Bowardi", "Afzaal Mahmood"], None, location="Abu Dhabi", also=["Mattar Salem Al Dhaheri"])],
  places=["Abu Dhabi"], notes="'today' with no dateline date: null.")
