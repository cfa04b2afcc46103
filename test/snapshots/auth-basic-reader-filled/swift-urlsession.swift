import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "{{baseUrl}}/me")!, timeoutInterval: Double.infinity)
let credentials = Data(("{{username}}" + ":" + "{{password}}").utf8).base64EncodedString()
request.addValue("Basic " + credentials, forHTTPHeaderField: "Authorization")
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
