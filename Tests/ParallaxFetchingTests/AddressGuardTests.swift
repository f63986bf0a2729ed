import Testing
@testable import ParallaxFetching

@Suite("Address guard: private, loopback and link-local hosts are refused")
struct AddressGuardTests {
    @Test(arguments: [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
    ])
    func internalAddresses(_ address: String) throws {
        let bytes = try #require(AddressGuard.literal(address))
        #expect(AddressGuard.isInternal(bytes))
    }

    @Test(arguments: ["93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])
    func publicAddresses(_ address: String) throws {
        let bytes = try #require(AddressGuard.literal(address))
        #expect(!AddressGuard.isInternal(bytes))
    }

    @Test func aLiteralOrANameOfALoopbackAddressIsRefusedWithWhatToDo() async throws {
        let guardian = AddressGuard(allowPrivate: false)
        for host in ["127.0.0.1", "[::1]", "localhost"] {
            await #expect {
                _ = try await guardian.check(url: "http://\(host)/feed.xml", host: host)
            } throws: { error in
                guard let error = error as? FetchError, case .privateAddress = error.reason else { return false }
                return error.description.contains("--allow-private")
            }
        }
        #expect(try await AddressGuard(allowPrivate: true).check(url: "http://127.0.0.1/", host: "127.0.0.1") == .literal)
    }

    @Test func aNameIsPinnedToEveryAddressItsResolverGaveAndRefusedIfAnyIsInternal() async throws {
        let public4: [UInt8] = [93, 184, 216, 34]
        let public6 = try #require(AddressGuard.literal("2606:4700::1111"))
        let names = ScriptedNameServer(["news.test": [[public6, public4]], "mixed.test": [[public4, [10, 0, 0, 7]]]])
        let guardian = AddressGuard(allowPrivate: false, resolver: names.resolver)
        let pinned = try await guardian.check(url: "https://news.test/feed.xml", host: "news.test")
        #expect(pinned == .pinned(name: "news.test", addresses: [public6, public4]))
        await #expect {
            _ = try await guardian.check(url: "https://mixed.test/feed.xml", host: "mixed.test")
        } throws: { error in
            (error as? FetchError)?.reason == .privateAddress(host: "mixed.test", address: "10.0.0.7")
        }
        await #expect {
            _ = try await guardian.check(url: "https://nowhere.test/feed.xml", host: "nowhere.test")
        } throws: { error in
            (error as? FetchError)?.reason == .unresolvableHost("nowhere.test")
        }
        // Allowed private addresses are pinned all the same: the one answer is still the one connected to.
        let allowing = AddressGuard(allowPrivate: true, resolver: names.resolver)
        #expect(try await allowing.check(url: "https://mixed.test/", host: "mixed.test")
            == .pinned(name: "mixed.test", addresses: [public4, [10, 0, 0, 7]]))
    }
}
