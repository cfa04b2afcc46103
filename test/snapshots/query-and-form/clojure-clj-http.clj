(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/login?next=/home&lang=en"
    :headers {"Content-Type" "application/x-www-form-urlencoded"}
    :body (.getBytes "user=ann%40example.com&pass=p%40ss%20w0rd%26" "UTF-8")
    :method :post}))

(println (:body response))
