package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBody("a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D")

	resp, err := req.Execute("POST", "{{baseUrl}}/form")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
