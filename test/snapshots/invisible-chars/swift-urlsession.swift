import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel"
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{baseUrl}}/inv")!, timeoutInterval: Double.infinity)
request.addValue("a\tb", forHTTPHeaderField: "X-Tab")
request.addValue("text/plain", forHTTPHeaderField: "Content-Type")
request.httpMethod = "POST"
request.httpBody = postData

let semaphore = DispatchSemaphore(value: 0)
let task = URLSession.shared.dataTask(with: request) { data, response, error in
  defer { semaphore.signal() }
  guard let data = data else {
    print(String(describing: error))
    return
  }
  print(String(decoding: data, as: UTF8.self))
}

task.resume()
semaphore.wait()
