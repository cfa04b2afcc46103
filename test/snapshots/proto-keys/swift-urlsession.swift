import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")!, timeoutInterval: Double.infinity)
request.addValue("h1", forHTTPHeaderField: "__proto__")
request.addValue("h2", forHTTPHeaderField: "constructor")
request.addValue("h3", forHTTPHeaderField: "prototype")
request.addValue("h4", forHTTPHeaderField: "toString")
request.addValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
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
