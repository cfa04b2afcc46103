import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{authPath}}/{{envID}}/as/token")!, timeoutInterval: Double.infinity)
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
