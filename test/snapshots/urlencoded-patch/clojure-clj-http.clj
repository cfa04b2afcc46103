(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/settings"
    :headers {"Content-Type" "application/x-www-form-urlencoded"}
    :body (.getBytes "theme=dark%20mode&tag=a%26b&tag=c" "UTF-8")
    :method :patch}))

(println (:body response))
