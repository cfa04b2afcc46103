(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{authPath}}/{{envID}}/as/token"
    :headers {"Content-Type" "application/x-www-form-urlencoded"}
    :body (.getBytes "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}" "UTF-8")
    :method :post}))

(println (:body response))
