import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "{{baseUrl}}/cors")!, timeoutInterval: Double.infinity)
request.addValue("https://app.example.com", forHTTPHeaderField: "Origin")
request.addValue("PUT", forHTTPHeaderField: "Access-Control-Request-Method")
request.httpMethod = "OPTIONS"

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
