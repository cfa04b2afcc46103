(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/pets"
    :headers {"Content-Type" "application/json"}
    :basic-auth ["{{basicAuthUsername}}" "{{basicAuthPassword}}"]
    :body (.getBytes "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}" "UTF-8")
    :method :post}))

(println (:body response))
