import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// URLSession fails a GET or HEAD request that has a body, so this request is sent without one.
var request = URLRequest(url: URL(string: "{{baseUrl}}/search")!, timeoutInterval: Double.infinity)
request.addValue("application/json", forHTTPHeaderField: "Content-Type")
request.httpMethod = "GET"

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
