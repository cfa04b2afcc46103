import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = """
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>

"""
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{baseUrl}}/dav/")!, timeoutInterval: Double.infinity)
request.addValue("1", forHTTPHeaderField: "Depth")
request.addValue("application/xml", forHTTPHeaderField: "Content-Type")
request.httpMethod = "PROPFIND"
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
