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
                try await guardian.check(url: "http://\(host)/feed.xml", host: host)
            } throws: { error in
                guard let error = error as? FetchError, case .privateAddress = error.reason else { return false }
                return error.description.contains("--allow-private")
            }
        }
        try await AddressGuard(allowPrivate: true).check(url: "http://127.0.0.1/", host: "127.0.0.1")
    }
}
