/// Gender from a person's given name, so "she" does not continue "John Candy". These lists are hand-written for
/// this project (no third-party data): common English given names that are almost always one sex; they come before
/// the census's sexes (`given-names-census.txt`), which cover the rest. Names used for both ("Alex", "Sam",
/// "Jordan", "Chris", "Hilary") are left out on purpose: a wrong gender removes the right antecedent.
extension EntityResolver {
    /// The sex a person's given name marks: the hand-written lists below first, then the census's
    /// (`Gazetteer.givenNameSexes`), which knows the many names those leave out ("Carolyn Burnham" → "f").
    func gender(ofGivenNameIn name: String) -> Character? {
        if let sex = Self.gender(ofGivenName: name) { return sex }
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first else { return nil }
        return gazetteer.givenNameSexes[String(first)]
    }

    /// "m" or "f" when the first word of a person's name is an unambiguous given name ("John Candy" → "m").
    static func gender(ofGivenName name: String) -> Character? {
        let words = name.split(separator: " ")
        // A single word is a surname or a mononym as often as a given name ("Jordan", "Madonna").
        guard words.count >= 2, let first = words.first?.lowercased() else { return nil }
        if maleGivenNames.contains(first) { return "m" }
        if femaleGivenNames.contains(first) { return "f" }
        return nil
    }

    static let maleGivenNames: Set<String> = [
        "aaron", "adam", "alan", "albert", "alistair", "andrew", "andy", "anthony", "arnold", "arthur", "barry",
        "ben", "benjamin", "bill", "bob", "brian", "bruce", "carl", "charles", "charlie", "colin", "craig",
        "dan", "daniel", "darren", "dave", "david", "dennis", "derek", "dominic", "donald", "douglas", "duncan",
        "edward", "eric", "frank", "fred", "gary", "gavin", "geoff", "geoffrey", "george", "gerald", "gordon",
        "graham", "greg", "harry", "henry", "howard", "hugh", "iain", "ian", "jack", "jacques", "jake", "james",
        "jason", "jeff", "jeremy", "jim", "jimmy", "joe", "john", "jonathan", "jose", "joseph", "keith", "ken",
        "kenneth", "kevin", "larry", "liam", "malcolm", "mark", "martin", "matthew", "michael", "mick",
        "mike", "neil", "nick", "nicholas", "nigel", "oliver", "patrick", "paul", "peter", "philip", "phil",
        "ralph", "raymond", "richard", "rob", "robert", "roger", "ronald", "roy", "russell", "ryan",
        "scott", "sean", "simon", "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy",
        "tom", "tony", "trevor", "vladimir", "walter", "warren", "wayne", "william",
    ]

    static let femaleGivenNames: Set<String> = [
        "alice", "alison", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "beth", "betty",
        "brenda", "carol", "caroline", "catherine", "charlotte", "cherie", "christine", "claire", "clare",
        "condoleezza", "deborah", "diana", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma",
        "fiona", "gillian", "goldie", "hannah", "harriet", "heather", "helen", "helena", "jacqueline", "jane",
        "janet", "jennifer", "jenny", "jessica", "joan", "judith", "julia", "julie", "karen", "kate",
        "katherine", "kathleen", "kathryn", "kylie", "laura", "linda", "lisa", "liz", "louise", "lucy",
        "margaret", "maria", "marie", "mary", "melanie", "michelle", "nancy", "natalie", "nicola", "patricia",
        "paula", "rachel", "rebecca", "ruth", "sally", "sandra", "sarah", "sharon", "sophie", "susan", "tessa",
        "theresa", "victoria", "wendy",
    ]
}
