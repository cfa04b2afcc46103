http --ignore-stdin POST '{{baseUrl}}/notes' \
'Content-Type:text/plain' \
--raw 'price: $5 #{total} ${HOME} \(x) `cmd` '\''single'\'' "double" \n stays'
