import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let boundary = "Boundary-" + UUID().uuidString
var body = Data()
func appendPart(_ headers: String, _ content: Data) {
  body.append(Data(("--" + boundary + "\r\n" + headers + "\r\n\r\n").utf8))
  body.append(content)
  body.append(Data("\r\n".utf8))
}
appendPart("Content-Disposition: form-data; name=\"__proto__\"", Data("f1".utf8))
appendPart("Content-Disposition: form-data; name=\"constructor\"", Data("f2".utf8))
appendPart("Content-Disposition: form-data; name=\"prototype\"", Data("f3".utf8))
appendPart("Content-Disposition: form-data; name=\"toString\"", Data("f4".utf8))
body.append(Data(("--" + boundary + "--\r\n").utf8))
let postData = body

var request = URLRequest(url: URL(string: "{{baseUrl}}/objects")!, timeoutInterval: Double.infinity)
request.addValue("multipart/form-data; boundary=" + boundary, forHTTPHeaderField: "Content-Type")
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
