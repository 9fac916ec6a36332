from goldlib import *

write("r46_tanzania_rwanda_mabeyo", "2021-08-25",
  [P("Venance Mabeyo", ["Gen Mabeyo", "General Venance Mabeyo", "Mabeyo"], "Tanzania", [T("Chief of Defence Forces", "Tanzania People's Defence Forces", ["CDF"])], id="venance-mabeyo"),
   P("Albert Murasira", ["Maj General Albert Murasira"], "Rwanda", [T("Minister of Defence", None, [])], id="albert-murasira"),
   P("J Bosco Kazura", ["Gen J Bosco Kazura", "Jean-Bosco Kazura"], "Rwanda", [T("Chief of Defence Staff", "Rwanda Defence Force", ["CDS", "RDF CDS"])], id="jean-bosco-kazura")],
  [O("Tanzania People's Defence Forces", ["TPDF"], "Tanzania", id="tpdf"), O("Rwanda Defence Force", ["RDF"], "Rwanda", id="rdf"),
   O("The Citizen", [], "Tanzania", optional=True)],
  ["Tanzania", "Rwanda"],
  [E("Visit", ["Venance Mabeyo"], "2021-08-23", location="Rwanda", optional=True),
   E("Meeting", ["Venance Mabeyo", "Albert Murasira"], "2021-08-24", location="Kimihurura"),
   E("Meeting", ["Venance Mabeyo", "J Bosco Kazura"], "2021-08-24", location="Kimihurura", evidence="held bilateral discussions with")],
  places=["Kigali", "Kimihurura"], notes="'On Tuesday' before 25 August 2021 (a Wednesday): 24 August.")

write("r47_egypt_rwanda_khalifa", None,
  [P("Ahmed Fathi IBRAHIM KHALIFA", ["Ahmed Fathi Ibrahim Khalifa", "Lt Gen Ahmed Fathi IBRAHIM KHALIFA"], "Egypt", [T("Chief of Staff", "Egyptian Armed Forces", ["Chief of Staff of the Egyptian Armed Forces"])], id="ahmed-khalifa"),
   P("Mubarakh Muganga", ["Gen Mubarakh Muganga"], "Rwanda", [T("Chief of Defence Staff", "Rwanda Defence Force", ["RDF Chief of Defence Staff"])], id="mubarakh-muganga")],
  [O("Africa-Press", [], None, optional=True), O("Rwanda Defence Force", ["RDF"], "Rwanda", id="rdf"), O("Egyptian Armed Forces", [], "Egypt", id="egypt-armed-forces")],
  ["Egypt", "Rwanda"],
  [E("Visit", ["Ahmed Fathi IBRAHIM KHALIFA"], None, location="Rwanda", optional=True),
   E("Meeting", ["Ahmed Fathi IBRAHIM KHALIFA", "Mubarakh Muganga"], None, location="Kigali"),
   E("Agreement", ["Ahmed Fathi IBRAHIM KHALIFA", "Mubarakh Muganga"], None, optional=True)],
  places=["Kigali"], notes="'Sunday, June 1' without a year: null. The caption repeats the meeting. The surname is in capitals.")

write("r48_rwanda_ethiopia_kagame", None,
  [P("Paul Kagame", ["President Kagame", "Kagame"], "Rwanda", [T("President", None, [])], id="paul-kagame"),
   P("Birhanu Jula", ["Field Marshal Birhanu Jula"], "Ethiopia", [T("Chief of General Staff", "Ethiopian National Defense Force", [])], id="birhanu-jula")],
  [O("Ethiopian National Defense Force", ["ENDF"], "Ethiopia", id="endf"), O("Charilogone", [], None, optional=True)],
  ["Rwanda", "Ethiopia"],
  [E("Meeting", ["Paul Kagame", "Birhanu Jula"], "2025-04-15"),
   E("Visit", ["Birhanu Jula"], None, location="Rwanda", optional=True)],
  notes="The byline runs into the first sentence ('Staff.On').")

write("r49_rwanda_tanzania_kagame_2011", "2011-08-21",
  [P("Kagame", ["President Kagame"], "Rwanda", [T("President", None, [])], id="paul-kagame"),
   P("D.A Mwamunyange", ["General D.A Mwamunyange", "Mwamunyange"], "Tanzania", [T("Chief of the Tanzanian Defence Forces", "Tanzania People's Defence Forces", ["Chief of Defence Forces"])], id="davis-mwamunyange"),
   P("Charles Kayonga", ["General Charles Kayonga"], "Rwanda", [T("Chief of Defence Forces", "Rwanda Defence Force", ["Rwanda Chief of Defence Forces"])], id="charles-kayonga")],
  [],
  ["Rwanda", "Tanzania"],
  [E("Meeting", ["Kagame", "D.A Mwamunyange"], "2011-08-21", location="Kigali")],
  [Q("D.A Mwamunyange", "We are here to strengthen ties between our armed forces."),
   Q("Charles Kayonga", "cooperation between our two armies has been ongoing and we are only trying to make it even better.")],
  places=["Kigali"])

write("r50_tanzania_college_rwanda", None,
  [P("Ezekiel Elias Kyunga", ["Kyunga", "Brig. Gen. Ezekiel Elias Kyunga"], "Tanzania", [T("Commandant", "Tanzania Command and Staff College", [])], id="ezekiel-kyunga"),
   P("Charles Kayonga", ["Kayonga", "Lt. Gen. Charles Kayonga"], "Rwanda", [T("Chief of Defence Staff", "Rwanda Defence Force", ["RDF Chief of Defence Staff"])], id="charles-kayonga")],
  [O("Tanzania Command and Staff College", [], "Tanzania", id="tz-csc"), O("RDF", ["Rwanda Defence Force"], "Rwanda", id="rdf")],
  ["Tanzania", "Rwanda"],
  [E("Meeting", ["Ezekiel Elias Kyunga", "Charles Kayonga"], None)],
  [Q("Ezekiel Elias Kyunga", "For this year’s course, we decided to bring the students to Rwanda,")],
  places=["Monduli"], notes="The first sentence is repeated (headline + lead); a missing space before the quote.")

write("r51_ethiopia_women_delegation_rwanda", None,
  [P("Leterbrhan Kahasy Berish", ["Col Leterbrhan Kahasy Berish", "Leterbrhan Kahasy"], "Ethiopia", [T("Head", "Ethiopia Defence Force Women Affairs Center", [], optional=True)], id="leterbrhan-kahasy"),
   P("C. Kayonga", ["Lt Gen C. Kayonga", "Charles Kayonga"], "Rwanda", [T("Chief of Defence Staff", None, ["Cheif of Defence Staff"])], id="charles-kayonga"),
   P("J. Kabarebe", ["Gen J. Kabarebe", "James Kabarebe"], "Rwanda", [T("Minister of Defence", None, [])], id="james-kabarebe"),
   P("Margaret Batamuriza", ["Maj Margaret Batamuriza"], "Rwanda", [T("Head of RDF Gender Desk", "Rwanda Defence Force", ["Head"])], id="margaret-batamuriza")],
  [O("Ethiopia Defence Force Women Affairs Center", ["Ethiopian Defence Women Affairs Center"], "Ethiopia", optional=True), O("RDF", ["Rwanda Defence Force"], "Rwanda", id="rdf"),
   O("MOD", ["Ministry of Defence"], "Rwanda", optional=True)],
  ["Ethiopia", "Rwanda"],
  [E("Meeting", ["Leterbrhan Kahasy Berish", "C. Kayonga"], None, evidence="paid a curtsey call on"),
   E("Meeting", ["Leterbrhan Kahasy Berish", "J. Kabarebe"], None)],
  [Q("Leterbrhan Kahasy Berish", "I saw the Memorial, this is very difficult and suffering")],
  places=["Kigali Genocide Memorial Center"], notes="Typos as published: 'curtsey call', 'Cheif'. The delegation (led by the colonel) calls on both: two events.")

write("r52_ethiopia_rwanda_birhanu", None,
  [P("Birhanu Jula", ["Field Marshal Birhanu Jula"], "Ethiopia", [T("Chief of General Staff", "Ethiopian National Defense Force", [])], id="birhanu-jula"),
   P("Mubarakh Muganga", ["Gen Mubarakh Muganga", "Muganga", "Gen MK Mubarakh"], "Rwanda", [T("Chief of Defence Staff", "Rwanda Defence Force", ["CDS", "RDF CDS"])], id="mubarakh-muganga"),
   P("Juvenal Marizamunda", [], "Rwanda", [T("Minister of Defence", None, [])], id="juvenal-marizamunda"),
   P("Yilma Merdasa", ["Lt Gen Yilma Merdasa"], "Ethiopia", [T("Commander-in-Chief", "Ethiopian Air Force", ["Commander-in-Chief of the Ethiopian Air Force"])], id="yilma-merdasa")],
  [O("Ethiopian National Defense Force", ["ENDF", "Ethiopia's National Defence Force"], "Ethiopia", id="endf"), O("Rwanda Defence Force", ["RDF", "RwandaMoD"], "Rwanda", id="rdf"),
   O("Ethiopian Air Force", [], "Ethiopia", id="ethiopian-air-force")],
  ["Ethiopia", "Rwanda"],
  [E("Visit", ["Birhanu Jula"], None, location="Rwanda", optional=True),
   E("Meeting", ["Birhanu Jula", "Mubarakh Muganga"], None, location="Kimihurura", evidence="held discussions"),
   E("Meeting", ["Birhanu Jula", "Juvenal Marizamunda"], None),
   E("Meeting", ["Mubarakh Muganga", "Yilma Merdasa"], None, ["2025-03-13"]),
   E("Visit", ["Mubarakh Muganga"], "2025-03-13", location="Ethiopia", optional=True)],
  places=["Kimihurura", "Kigali"], notes="An embedded tweet with its own date; 'Sunday, April 13' and 'On Monday' without a page year: null.")

write("r53_greece_uk_dendias_heappey", "2024-02-12",
  [P("Nikos Dendias", ["Dendias"], "Greece", [T("Defense Minister", None, ["Greek Defense Minister"])], id="nikos-dendias"),
   P("James Heappey", ["Heappey"], "United Kingdom", [T("Armed Forces Minister", None, ["Minister of State for the Armed Forces", "British Armed Forces Minister"])], id="james-heappey")],
  [],
  ["Greece", "United Kingdom", C("Ukraine", optional=True)],
  [E("Meeting", ["Nikos Dendias", "James Heappey"], "2024-02-12", location="London")],
  [Q("Nikos Dendias", "I stressed that Greece, the country with the biggest merchant fleet, will protect free shipping,")],
  places=["London", "Middle East", "Red Sea"])

write("r54_greece_uk_naftemporiki", "2024-02-13",
  [P("Nikos Dendias", ["Dendias"], "Greece", [T("National Defense Minister", None, ["National Defense Μinister", "Minister of National Defence"])], id="nikos-dendias"),
   P("James Heappey", [], "United Kingdom", [T("Minister of State for the Armed Forces", None, [])], id="james-heappey")],
  [O("European Union", ["EU"], None, id="eu")],
  ["Greece", "United Kingdom", C("Ukraine", optional=True)],
  [E("Meeting", ["Nikos Dendias", "James Heappey"], None, ["2024-02-12", "2024-02-13"])],
  places=["Middle East", "Red Sea"], notes="'Μinister' is written with a Greek capital Mu, as published.")

write("r55_greece_france_athens", None,
  [P("Nikos Panagiotopoulos", ["Panagiotopoulos"], "Greece", [T("Defence Minister", None, ["Greek Defence Minister"])], id="nikos-panagiotopoulos"),
   P("Florence Parly", ["Parly"], "France", [T("Defence Minister", None, [], optional=True)], id="florence-parly"),
   P("Kyriakos Mitsotakis", [], "Greece", [T("Prime Minister", None, [])], id="kyriakos-mitsotakis"),
   P("Emmanuel Macron", [], "France", [T("President", None, ["French President"])], id="emmanuel-macron")],
  [],
  ["Greece", "France"],
  [E("Meeting", ["Nikos Panagiotopoulos", "Florence Parly"], None, location="Athens"),
   E("Visit", ["Florence Parly"], None, location="Greece", optional=True)],
  places=["Athens", "Eastern Mediterranean"], notes="The headline is repeated with 'Featured'.")

write("r56_greece_uk_kammenos_fallon", None,
  [P("Panos Kammenos", [], "Greece", [T("Defence Minister", None, [])], id="panos-kammenos"),
   P("Michael Fallon", ["Rt Hon Michael Fallon"], "United Kingdom", [T("State Secretary of Defence", None, ["Secretary of State for Defence", "Defence Secretary"])], id="michael-fallon")],
  [O("Hellenic Republic Ministry of National Defence", ["Ministry of National Defence"], "Greece", id="gr-mond"), O("NATO", ["North Atlantic Treaty Organization"], None, id="nato")],
  ["Greece", "United Kingdom"],
  [E("Meeting", ["Panos Kammenos", "Michael Fallon"], None, evidence="Statements ... after the meeting with")],
  [Q("Panos Kammenos", "I am especially pleased to welcome the State Secretary of Defence of the UK, Rt Hon Michael Fallon, to the Ministry of National Defence, with whom we had a very interesting conversation about matters that concern Greece and the UK.")],
  places=["Warsaw"], notes="The meeting is told in the headline of a statement; the quotation is the statement itself (speaker from the headline).")

write("r57_nz_solomons_straits_times", "2022-06-15",
  [P("Peeni Henare", ["Henare", "Mr Henare"], "New Zealand", [T("Defence Minister", None, ["New Zealand Defence Minister"])], id="peeni-henare"),
   P("Anthony Veke", ["Veke", "Mr Veke"], "Solomon Islands", [T("National Security Minister", None, ["Solomon Islands National Security Minister"])], id="anthony-veke")],
  [O("Reuters", [], None, optional=True), O("Bloomberg", ["BLOOMBERG"], None, id="bloomberg"), O("Newsroom", [], "New Zealand", id="newsroom-nz"),
   O("Shangri-La Dialogue", [], None, optional=True)],
  ["New Zealand", "Solomon Islands", C("Singapore", optional=True)],
  [E("Meeting", ["Peeni Henare", "Anthony Veke"], None, location="Singapore")],
  [Q("Peeni Henare", "It's a positive sign, and they've got a job to do now to follow up with that particular piece of work,")],
  places=["Singapore", "Wellington"], notes="The caption repeats the meeting.")

write("r58_nz_australia_queenstown", None,
  [P("Phil Goff", ["Goff", "Mr Goff"], "New Zealand", [T("Defence Minister", None, [])], id="phil-goff"),
   P("Brendan Nelson", ["Dr Brendan Nelson"], "Australia", [T("Defence Minister", None, [], optional=True)], id="brendan-nelson"),
   P("Winston Peters", ["Mr Peters"], "New Zealand", [T("Foreign Minister", None, [])], id="winston-peters"),
   P("Alexander Downer", [], "Australia", [T("Foreign Minister", None, [], optional=True)], id="alexander-downer")],
  [],
  ["New Zealand", "Australia", "Solomon Islands", C("East Timor", optional=True), C("Timor-Leste", optional=True), C("Fiji", optional=True)],
  [E("Meeting", ["Phil Goff", "Brendan Nelson"], None, location="Queenstown")],
  [Q("Phil Goff", "Recent developments in East Timor, Bougainville, and Fiji emphasised the importance of the two countries working together.")],
  places=["Queenstown", "Bougainville"], notes="'yesterday' with no page date: null. Downer and Peters were both in the Solomons: not a meeting told.")

write("r59_nz_solomons_taipei_times", "2022-06-16",
  [P("Peeni Henare", ["Henare"], "New Zealand", [T("Minister of Defence", None, ["New Zealand Minister of Defence"])], id="peeni-henare"),
   P("Anthony Veke", [], "Solomon Islands", [T("Minister of Police, National Security and Correctional Services", None, ["National Security Minister"])], id="anthony-veke")],
  [O("Newsroom", [], "New Zealand", id="newsroom-nz"), O("Reuters", [], None, optional=True)],
  ["New Zealand", "Solomon Islands"],
  [E("Meeting", ["Peeni Henare", "Anthony Veke"], None)],
  [Q("Peeni Henare", "I won’t go into the details of the work plan, but it’s a positive sign,")],
  notes="'over the weekend': null.")

write("r60_greece_uk_truss_framework", None,
  [P("Nikos Dendias", ["Dendias"], "Greece", [T("Foreign Minister", None, ["Greek Foreign Minister"])], id="nikos-dendias"),
   P("Liz Truss", ["Truss", "Foreign Secretary Truss"], "United Kingdom", [T("Foreign Secretary", None, ["UK Foreign Secretary"])], id="liz-truss")],
  [O("Foreign Office", [], "United Kingdom", optional=True)],
  ["Greece", "United Kingdom", C("Cyprus", optional=True)],
  [E("Agreement", ["Nikos Dendias", "Liz Truss"], None, location="London"),
   E("Meeting", ["Nikos Dendias", "Liz Truss"], None, location="London")],
  [Q("Liz Truss", "The framework we’ve signed with Greece will open up new opportunities for trade and investment in both countries.")],
  places=["London", "Balkans", "Eastern Mediterranean"], notes="Headline repeated.")
