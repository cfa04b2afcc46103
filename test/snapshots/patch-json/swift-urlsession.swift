import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = "{\"name\": \"{{newName}}\", \"active\": true}"
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{baseUrl}}/v1/users/{{userId}}")!, timeoutInterval: Double.infinity)
request.addValue("W/\"etag-1\"", forHTTPHeaderField: "If-Match")
request.addValue("{{requestId}}", forHTTPHeaderField: "X-Request-Id")
request.addValue("application/json", forHTTPHeaderField: "Content-Type")
request.httpMethod = "PATCH"
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
