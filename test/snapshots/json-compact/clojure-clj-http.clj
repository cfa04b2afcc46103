(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/v1/config"
    :headers {"Content-Type" "application/json"}
    :body (.getBytes "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}" "UTF-8")
    :method :put}))

(println (:body response))
