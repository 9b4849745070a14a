@echo off
setlocal
rem Exchange 2010 port explorer: Windows Firewall rules for the Mailbox server (mailbox), inbound (the ports it listens on), for Windows Server 2008 / 2008 R2 and later (netsh advfirewall).
rem "Made from the port plan of catalog.json: Exchange ネットワーク ポートのリファレンス / Exchange Network Port Reference (Applies to: Exchange Server 2010 SP2, Exchange Server 2010 SP3; last updated 2016-11-28). "
rem 8 openings of the port plan give 17 rules; 2 ports have no rule (see the end).
rem
rem What this script changes:
rem - Adds the Allow rules below, each named "Exchange 2010 mailbox in: ..."; each is deleted by its name first, so running the script again leaves one copy.
rem - /remove deletes exactly the rules this script adds, by their names.
rem - Each rule allows only the addresses given for its peers (below). A rule whose peers have no address is skipped and reported; /anyaddress opens such rules to any address instead, with a warning.
rem - It leaves alone: Setup's own rules (MSExchange..., including the any-port "(GFW)" rules), the default inbound and outbound actions, the profiles and every other rule. The rules apply to every profile (domain, private, public).
rem - Setup's own rules allow any address: while they are enabled these scoped rules narrow nothing. List them with: netsh advfirewall firewall show rule name=all | findstr /i /c:MSExchange /c:MSFTED
rem - Numbered ports have no program condition: several are served by the kernel (http.sys serves 80 and 443 as System), where a program condition would block them. Dynamic RPC is tied to each program Setup's rules tie it to; the endpoint mapper to svchost.exe (RpcSs).
rem
rem The source says (note cas-para-1):
rem "  「Exchange サーバー間、または Exchange 2010 メールボックス サーバーあるいはクライアント アクセス サーバーと Active Directory との間へのファイアウォールのインストールはサポートされていません。」 "
rem   "Installing a firewall between Exchange servers, or between an Exchange 2010 Mailbox server or Client Access server and Active Directory, isn't supported."
rem Rules marked NOT SUPPORTED are for such paths: only for networks where a host firewall is already on, and they must allow every port the source lists, in both directions.
rem
rem Remote addresses of each peer (edit them here or on the page; addresses, subnets, ranges or LocalSubnet, comma-separated without spaces, never host names; where servers talk over IPv6, give their IPv6 addresses too):
rem   ADMIN_STATIONS (Administrator (remote access) (admin)): 10.0.9.5
rem   MAILBOX_SERVERS (Mailbox server (mailbox)): 10.0.1.10,10.0.1.11
rem   HUB_TRANSPORT_SERVERS (Hub Transport server (hub)): 10.0.2.0/24
rem   CLIENT_ACCESS_SERVERS (Client Access server (cas)): 10.0.3.0/24
rem   LEGACY_EXCHANGE_SERVERS (Earlier versions of Exchange Server (legacy-exchange)): not given; rules that need it: 13.
rem   UNIFIED_MESSAGING_SERVERS (Unified Messaging server (um)): 10.0.4.20
rem Rules with no address for any of their peers: 0 of 17; they are skipped unless /anyaddress is given. A rule with addresses for some of its peers only is made for those, with a note naming the others.
rem
rem Run from an elevated command prompt: exchange-2010-mailbox-in-firewall.cmd [/print] [/remove] [/anyaddress]
rem   /print       print every netsh command instead of running it (a dry run; needs no elevation)
rem   /remove      delete the rules this script adds
rem   /anyaddress  open the rules whose peers have no address to any address
rem
rem Environment: the defaults (dynamic RPC 49152-65535, DAG replication port 64327). Where your servers differ, set the ports on the page: the DAG port is shown by Get-DatabaseAvailabilityGroup | Format-List Name,ReplicationPort.
rem
rem "Marks: § a value a note gives, ≈ a value inferred (with the reason); neither is in the table cell. "
rem
set "ADMIN_STATIONS=10.0.9.5"
set "MAILBOX_SERVERS=10.0.1.10,10.0.1.11"
set "HUB_TRANSPORT_SERVERS=10.0.2.0/24"
set "CLIENT_ACCESS_SERVERS=10.0.3.0/24"
set "LEGACY_EXCHANGE_SERVERS="
set "UNIFIED_MESSAGING_SERVERS=10.0.4.20"
if defined ADMIN_STATIONS call set "ADMIN_STATIONS=%%ADMIN_STATIONS: =%%"
if defined MAILBOX_SERVERS call set "MAILBOX_SERVERS=%%MAILBOX_SERVERS: =%%"
if defined HUB_TRANSPORT_SERVERS call set "HUB_TRANSPORT_SERVERS=%%HUB_TRANSPORT_SERVERS: =%%"
if defined CLIENT_ACCESS_SERVERS call set "CLIENT_ACCESS_SERVERS=%%CLIENT_ACCESS_SERVERS: =%%"
if defined LEGACY_EXCHANGE_SERVERS call set "LEGACY_EXCHANGE_SERVERS=%%LEGACY_EXCHANGE_SERVERS: =%%"
if defined UNIFIED_MESSAGING_SERVERS call set "UNIFIED_MESSAGING_SERVERS=%%UNIFIED_MESSAGING_SERVERS: =%%"

set "RUN="
set "QUIET=>nul 2>&1"
set "REMOVE="
set "ANY_ADDRESS="
:args
if "%~1"=="" goto args_done
if /i "%~1"=="/print" (set "RUN=echo" & set "QUIET=" & shift & goto args)
if /i "%~1"=="/remove" (set "REMOVE=1" & shift & goto args)
if /i "%~1"=="/anyaddress" (set "ANY_ADDRESS=1" & shift & goto args)
echo Unknown argument: %1 (use /print, /remove or /anyaddress)
exit /b 2
:args_done
if defined RUN goto elevated
fltmc >nul 2>&1
if errorlevel 1 (echo Run this file from an elevated command prompt: nothing was changed. & exit /b 1)
:elevated
if defined RUN if not defined ExchangeInstallPath set "ExchangeInstallPath=C:\Program Files\Microsoft\Exchange Server\V14\"
if not defined ExchangeInstallPath (echo ExchangeInstallPath is not set: run this on an Exchange 2010 server. Nothing was changed. & exit /b 1)
set /a ADDED=0, FAILED=0, SKIPPED=0, REMOVED=0
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP static RPC port publicFolderRpc" dir=in %QUIET%

rem Data paths behind the rules (from the source):
rem "transport-hub-to-mailbox: ハブ トランスポートからメールボックス サーバー (MAPI 経由) / Hub Transport to Mailbox server (via MAPI) "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-admin-remote-registry: Admin のリモート アクセス (リモート レジストリ) / Admin remote access (remote registry) "
rem "  135/TCP (RPC) "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "  ≈ port 「135/TCP (RPC)」: inferred: Remote Registry (WinReg) runs RPC over the SMB named pipe \PIPE\winreg, so it needs 445/TCP (outside source). "
rem     Not from the source: [MS-RSP]: Remote Shutdown Protocol, 2.1 Transport, https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rsp/6dfeb978-7a02-4826-b537-a1760fbf8074
rem "mailbox-admin-smb: Admin のリモート アクセス (SMB/ファイル) / Admin remote access (SMB/file) "
rem "  445/TCP (SMB) "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "mailbox-availability: 可用性 Web サービス (メールボックスへのクライアント アクセス) / Availability Web service (Client Access server to mailbox) "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end cas: inferred: 'Client access to mailbox' is the Client Access server: in Exchange 2010 clients connect to the Client Access server (notes on Client Access servers), whose Availability service reads the mailbox over RPC. "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-clustering: クラスター化 / Clustering "
rem "  135/TCP (RPC) この表の後の「メールボックス サーバーに関する注」を参照。 "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred (see note mailbox-note-1): The cluster nodes are the Mailbox servers of a database availability group (DAG); every node talks to every other, so the path runs both ways. "
rem "  ≈ destination end mailbox: inferred (see note mailbox-note-1): The cluster nodes are the Mailbox servers of a database availability group (DAG); every node talks to every other, so the path runs both ways. "
rem "  ⇄ Both ways: Cluster nodes talk to each other: each node exchanges UDP datagrams with every other node (notes on Mailbox servers). "
rem "  § port 「動的 RPC over TCP」: from note mailbox-note-1: 「動的 RPC over TCP」 "
rem "  § port 「UDP/3343」: from note mailbox-note-1: 「UDP/3343」 "
rem "  § port 「ランダムに割り当てられた値の大きい TCP ポート」: from note mailbox-note-1: 「ランダムに割り当てられた値の大きい TCP ポート」 "
rem "  ≈ port 「UDP/3343」: inferred (see note mailbox-note-1): The Windows Cluster service also uses 3343/TCP when a node joins (the source names only UDP/3343; outside source). "
rem     Not from the source: Service overview and network port requirements for Windows (KB 832017), https://support.microsoft.com/help/832017/
rem "mailbox-content-indexing: コンテンツ インデックス処理 / Content indexing "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred: The path name names no end. The search services' listening rules (MSExchangeSearch, MSFTED) are created on Mailbox servers only, so a Mailbox server listens; the caller is not stated and is read as another Mailbox server. "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-log-shipping: ログ配布 / Log shipping "
rem "  64327 (カスタマイズ可能) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred (see note mailbox-note-3): Log shipping and seeding run between the Mailbox servers of a DAG; the firewall rule MSExchangerepl - Log Copier (TCP-In) (64327) is created on Mailbox servers. "
rem "  ≈ destination end mailbox: inferred (see note mailbox-note-3): Log shipping and seeding run between the Mailbox servers of a DAG; the firewall rule MSExchangerepl - Log Copier (TCP-In) (64327) is created on Mailbox servers. "
rem "  ⇄ Both ways: Any DAG member can hold the active copy, so the path runs both ways between members; the rule MSExchangerepl - Log Copier (TCP-In) is created on every Mailbox server. "
rem "mailbox-seeding: シード処理 / Seeding "
rem "  64327 (カスタマイズ可能) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred (see note mailbox-note-3): Log shipping and seeding run between the Mailbox servers of a DAG; the firewall rule MSExchangerepl - Log Copier (TCP-In) (64327) is created on Mailbox servers. "
rem "  ≈ destination end mailbox: inferred (see note mailbox-note-3): Log shipping and seeding run between the Mailbox servers of a DAG; the firewall rule MSExchangerepl - Log Copier (TCP-In) (64327) is created on Mailbox servers. "
rem "  ⇄ Both ways: Any DAG member can hold the active copy, so the path runs both ways between members; the rule MSExchangerepl - Log Copier (TCP-In) is created on every Mailbox server. "
rem "mailbox-vss-backup: ボリューム シャドウ コピー サービス (VSS) によるバックアップ / Volume Shadow Copy Service (VSS) backup "
rem "  ローカル メッセージ ブロック (SMB) "
rem "  ≈ source end backup: inferred: The path name does not say who connects; it is read as the backup application (its server) connecting to the Mailbox server, whose databases it copies through VSS. "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "mailbox-assistants: メールボックス アシスタント / Mailbox Assistants "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred: The Mailbox Assistants service's listening rules (MSExchangeMailboxAssistants) are created on Mailbox servers only, so a Mailbox server listens; the caller is not stated and is read as another Mailbox server. "
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-mapi: MAPI アクセス / MAPI access "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end cas: inferred (see note cas-note-1): In Exchange 2010 MAPI clients connect to the Client Access server, which connects to the Mailbox server over RPC. For public folder databases, though, Outlook connects to the Mailbox server directly (outside source). "
rem     Not from the source: Exploring Exchange 2010 RPC Client Access service (Exchange Team Blog), https://blogs.technet.microsoft.com/exchange/2010/05/20/exploring-exchange-2010-rpc-client-access-service/
rem "  ≈ destination end mailbox: inferred: The path name leaves this end out; the row stands in the table 'メールボックス サーバーのデータ パス' (Mailbox server data paths), so it is read as the Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-ad-topology: Microsoft Exchange Active Directory トポロジ サービスのアクセス / Microsoft Exchange Active Directory Topology service access "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end cas: inferred: Management cmdlets call the topology service over RPC (e.g. Get-ExchangeServer -Status). In Exchange 2010 cmdlets run on the Exchange server that holds the remote PowerShell session, so the caller is that server: read as a Client Access server, the usual one, though any Exchange server can be. "
rem     Not from the source: Get-ExchangeServer (Exchange PowerShell), https://learn.microsoft.com/en-us/powershell/module/exchange/get-exchangeserver
rem "  ≈ destination end mailbox: inferred: The topology service is an RPC listener on the Exchange server (firewall rule MSExchangeADTopology - RPC (TCP-In)); its own access to Active Directory is LDAP, in the 'Active Directory access' row. The authentication (NTLM/Kerberos) and RPC encryption also point to an Exchange RPC endpoint, not a domain controller. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-system-attendant-listen: Microsoft Exchange System Attendant サービスの従来のアクセス (要求の待機) / Microsoft Exchange System Attendant service legacy access (listen to requests) "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end legacy-exchange: inferred: The System Attendant is the side that listens. Who calls is not stated: since this is 'legacy' access, it is read as earlier versions of Exchange Server (and their tools); Exchange 2010 management tools may call it too. "
rem "  ≈ destination end mailbox: inferred: The System Attendant service runs on the Mailbox server (the row stands in the Mailbox server table). "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "mailbox-system-attendant-mapi: Microsoft Exchange System Attendant サービスの従来のアクセス (MAPI クライアントの場合) / Microsoft Exchange System Attendant service legacy access (System Attendant acting as a MAPI client) "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ source end mailbox: inferred: The System Attendant service runs on the Mailbox server (the row stands in the Mailbox server table). "
rem "  ≈ destination end mailbox: inferred: 'As a MAPI client' means the System Attendant itself connects as a MAPI client (clients do not connect in); it connects to the Exchange store of a Mailbox server. "
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "
rem "cas-to-mailbox: クライアント アクセス サーバーから Exchange 2010 メールボックス サーバー / Client Access server to Exchange 2010 Mailbox server "
rem "  RPC。「クライアント アクセス サーバーに関する注」を参照してください。 "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ port 「RPC」: inferred (see note firewall-note-3): The cell says only 'RPC'. An RPC client first contacts the RPC endpoint mapper, on 135/TCP by default (notes on the firewall rules). "
rem "  § port 「RPC」: from note cas-note-2: 「これらのポートは RPC サービスによって決定され、固定されていません」 "
rem "um-to-mailbox: ユニファイド メッセージングからメールボックス サーバー / Unified Messaging to Mailbox server "
rem "  135/TCP (RPC) "
rem   NOT SUPPORTED: the source says firewalls on this path are not supported (note cas-para-1).
rem "  ≈ port 「135/TCP (RPC)」: inferred (see note firewall-note-3): An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup). "

rem [1/17] Exchange 2010 mailbox in: TCP 445 from admin
rem   Opens TCP 445 from Administrator (remote access) (admin) [ADMIN_STATIONS].
rem   Data paths: mailbox-admin-remote-registry, mailbox-admin-smb
rem   Services (as the source names them): SMB
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r1_remove
if not defined R goto r1_skip
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP 445 from admin is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 445 from admin" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP 445 from admin" dir=in action=allow protocol=TCP localport=445 remoteip=%R:~1% description="Exchange 2010 port explorer. SMB. Data paths: mailbox-admin-remote-registry, mailbox-admin-smb."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP 445 from admin& goto r1_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP 445 from admin) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP 445 from admin)
goto r1_done
:r1_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 445 from admin" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP 445 from admin: no address in ADMIN_STATIONS.
set /a SKIPPED+=1
goto r1_done
:r1_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 445 from admin" dir=in %QUIET%
if defined RUN goto r1_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP 445 from admin) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP 445 from admin)
:r1_done

rem [2/17] Exchange 2010 mailbox in: TCP 3343 from mailbox
rem   Opens TCP 3343 from Mailbox server (mailbox) [MAILBOX_SERVERS].
rem   Data paths: mailbox-clustering
rem   NOT SUPPORTED for mailbox-clustering: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r2_remove
if not defined R goto r2_skip
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP 3343 from mailbox is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 3343 from mailbox" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP 3343 from mailbox" dir=in action=allow protocol=TCP localport=3343 remoteip=%R:~1% description="Exchange 2010 port explorer. Data paths: mailbox-clustering. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP 3343 from mailbox& goto r2_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP 3343 from mailbox) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP 3343 from mailbox)
goto r2_done
:r2_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 3343 from mailbox" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP 3343 from mailbox: no address in MAILBOX_SERVERS.
set /a SKIPPED+=1
goto r2_done
:r2_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 3343 from mailbox" dir=in %QUIET%
if defined RUN goto r2_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP 3343 from mailbox) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP 3343 from mailbox)
:r2_done

rem [3/17] Exchange 2010 mailbox in: TCP DAG replication port from mailbox
rem   Opens TCP 64327 from Mailbox server (mailbox) [MAILBOX_SERVERS].
rem   TCP 64327: the DAG replication port (the source's 64327); shown by: Get-DatabaseAvailabilityGroup | Format-List Name,ReplicationPort
rem   Data paths: mailbox-log-shipping, mailbox-seeding
rem   NOT SUPPORTED for mailbox-log-shipping, mailbox-seeding: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r3_remove
if not defined R goto r3_skip
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP DAG replication port from mailbox is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP DAG replication port from mailbox" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP DAG replication port from mailbox" dir=in action=allow protocol=TCP localport=64327 remoteip=%R:~1% description="Exchange 2010 port explorer. Data paths: mailbox-log-shipping, mailbox-seeding. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP DAG replication port from mailbox& goto r3_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP DAG replication port from mailbox) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP DAG replication port from mailbox)
goto r3_done
:r3_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP DAG replication port from mailbox" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP DAG replication port from mailbox: no address in MAILBOX_SERVERS.
set /a SKIPPED+=1
goto r3_done
:r3_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP DAG replication port from mailbox" dir=in %QUIET%
if defined RUN goto r3_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP DAG replication port from mailbox) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP DAG replication port from mailbox)
:r3_done

rem [4/17] Exchange 2010 mailbox in: UDP 3343 from mailbox
rem   Opens UDP 3343 from Mailbox server (mailbox) [MAILBOX_SERVERS].
rem   Data paths: mailbox-clustering
rem   NOT SUPPORTED for mailbox-clustering: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r4_remove
if not defined R goto r4_skip
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: UDP 3343 from mailbox is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: UDP 3343 from mailbox" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: UDP 3343 from mailbox" dir=in action=allow protocol=UDP localport=3343 remoteip=%R:~1% description="Exchange 2010 port explorer. Data paths: mailbox-clustering. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: UDP 3343 from mailbox& goto r4_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: UDP 3343 from mailbox) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: UDP 3343 from mailbox)
goto r4_done
:r4_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: UDP 3343 from mailbox" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: UDP 3343 from mailbox: no address in MAILBOX_SERVERS.
set /a SKIPPED+=1
goto r4_done
:r4_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: UDP 3343 from mailbox" dir=in %QUIET%
if defined RUN goto r4_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: UDP 3343 from mailbox) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: UDP 3343 from mailbox)
:r4_done

rem [5/17] Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper
rem   Opens TCP RPCEPMap from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   TCP 135 (the RPC endpoint mapper, svchost.exe / RpcSs) for every RPC path of this role; the mapper hands out the dynamic port.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r5_remove
if not defined R goto r5_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper" dir=in action=allow protocol=TCP localport=RPC-EPMap remoteip=%R:~1% program="%SystemRoot%\System32\svchost.exe" service=RpcSs description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper& goto r5_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper)
goto r5_done
:r5_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r5_done
:r5_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper" dir=in %QUIET%
if defined RUN goto r5_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP 135 RPC endpoint mapper)
:r5_done

rem [6/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeADTopologyService.exe only, as Setup's rule fw-msexchangeadtopology-rpc "MSExchangeADTopology - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r6_remove
if not defined R goto r6_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeADTopologyService.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe& goto r6_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe)
goto r6_done
:r6_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r6_done
:r6_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe" dir=in %QUIET%
if defined RUN goto r6_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeADTopologyService.exe)
:r6_done

rem [7/17] Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\Microsoft.Exchange.ServiceHost.exe only, as Setup's rule fw-msexchangeservicehost-rpc "MSExchangeServiceHost - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r7_remove
if not defined R goto r7_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\Microsoft.Exchange.ServiceHost.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe& goto r7_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe)
goto r7_done
:r7_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r7_done
:r7_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe" dir=in %QUIET%
if defined RUN goto r7_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.ServiceHost.exe)
:r7_done

rem [8/17] Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\Microsoft.Exchange.RpcClientAccess.Service.exe only, as Setup's rule fw-msexchangerpc-rpc "MSExchangeRPC - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r8_remove
if not defined R goto r8_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\Microsoft.Exchange.RpcClientAccess.Service.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe& goto r8_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe)
goto r8_done
:r8_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r8_done
:r8_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe" dir=in %QUIET%
if defined RUN goto r8_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.RpcClientAccess.Service.exe)
:r8_done

rem [9/17] Exchange 2010 mailbox in: TCP dynamic RPC Store.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\Store.exe only, as Setup's rule fw-msexchangeis-rpc "MSExchangeIS - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r9_remove
if not defined R goto r9_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Store.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC Store.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\Store.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe& goto r9_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe)
goto r9_done
:r9_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Store.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r9_done
:r9_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Store.exe" dir=in %QUIET%
if defined RUN goto r9_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe)
:r9_done

rem [10/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeMailboxAssistants.exe only, as Setup's rule fw-msexchangemailboxassistants-rpc "MSExchangeMailboxAssistants - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r10_remove
if not defined R goto r10_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeMailboxAssistants.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe& goto r10_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe)
goto r10_done
:r10_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r10_done
:r10_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe" dir=in %QUIET%
if defined RUN goto r10_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailboxAssistants.exe)
:r10_done

rem [11/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeMailSubmission.exe only, as Setup's rule fw-msexchangemailsubmission-rpc "MSExchangeMailSubmission - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r11_remove
if not defined R goto r11_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeMailSubmission.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe& goto r11_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe)
goto r11_done
:r11_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r11_done
:r11_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe" dir=in %QUIET%
if defined RUN goto r11_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMailSubmission.exe)
:r11_done

rem [12/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeMigration.exe only, as Setup's rule fw-msexchangemigration-rpc "MSExchangeMigration - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r12_remove
if not defined R goto r12_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeMigration.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe& goto r12_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe)
goto r12_done
:r12_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r12_done
:r12_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe" dir=in %QUIET%
if defined RUN goto r12_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeMigration.exe)
:r12_done

rem [13/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeRepl.exe only, as Setup's rule fw-msexchangerepl-rpc "MSExchangerepl - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r13_remove
if not defined R goto r13_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeRepl.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe& goto r13_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe)
goto r13_done
:r13_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r13_done
:r13_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe" dir=in %QUIET%
if defined RUN goto r13_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeRepl.exe)
:r13_done

rem [14/17] Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\Microsoft.Exchange.Search.ExSearch.exe only, as Setup's rule fw-msexchangesearch-rpc "MSExchangeSearch - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r14_remove
if not defined R goto r14_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\Microsoft.Exchange.Search.ExSearch.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe& goto r14_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe)
goto r14_done
:r14_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r14_done
:r14_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe" dir=in %QUIET%
if defined RUN goto r14_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC Microsoft.Exchange.Search.ExSearch.exe)
:r14_done

rem [15/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeThrottling.exe only, as Setup's rule fw-msexchangethrottling-rpc "MSExchangeThrottling - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r15_remove
if not defined R goto r15_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeThrottling.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe& goto r15_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe)
goto r15_done
:r15_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r15_done
:r15_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe" dir=in %QUIET%
if defined RUN goto r15_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeThrottling.exe)
:r15_done

rem [16/17] Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSFTED.exe only, as Setup's rule fw-msfted-rpc "MSFTED - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r16_remove
if not defined R goto r16_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSFTED.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe& goto r16_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe)
goto r16_done
:r16_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r16_done
:r16_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe" dir=in %QUIET%
if defined RUN goto r16_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSFTED.exe)
:r16_done

rem [17/17] Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe
rem   Opens TCP RPC from Administrator (remote access) (admin) [ADMIN_STATIONS], Hub Transport server (hub) [HUB_TRANSPORT_SERVERS], Client Access server (cas) [CLIENT_ACCESS_SERVERS], Mailbox server (mailbox) [MAILBOX_SERVERS], Earlier versions of Exchange Server (legacy-exchange) [LEGACY_EXCHANGE_SERVERS], Unified Messaging server (um) [UNIFIED_MESSAGING_SERVERS].
rem   Dynamic RPC ports (the RPC keyword: the ports the endpoint mapper hands out) of Bin\MSExchangeTransportLogSearch.exe only, as Setup's rule fw-msexchangetransportlogsearch-rpc "MSExchangeTransportLogSearch - RPC (TCP-In)" ties them. The source does not say which program serves which data path, so every program Setup ties to dynamic RPC on this role gets a rule. Where a path's RPC server is not an Exchange program (the cluster service, Remote Registry), Windows' own rules must allow it.
rem   Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox
rem   NOT SUPPORTED for transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox: the source says firewalls on such paths are not supported (note cas-para-1).
set "R="
if defined ADMIN_STATIONS set "R=%R%,%ADMIN_STATIONS%"
if defined HUB_TRANSPORT_SERVERS set "R=%R%,%HUB_TRANSPORT_SERVERS%"
if defined CLIENT_ACCESS_SERVERS set "R=%R%,%CLIENT_ACCESS_SERVERS%"
if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
if defined LEGACY_EXCHANGE_SERVERS set "R=%R%,%LEGACY_EXCHANGE_SERVERS%"
if defined UNIFIED_MESSAGING_SERVERS set "R=%R%,%UNIFIED_MESSAGING_SERVERS%"
if /i "%ADMIN_STATIONS%"=="any" set "R=,any"
if /i "%HUB_TRANSPORT_SERVERS%"=="any" set "R=,any"
if /i "%CLIENT_ACCESS_SERVERS%"=="any" set "R=,any"
if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
if /i "%LEGACY_EXCHANGE_SERVERS%"=="any" set "R=,any"
if /i "%UNIFIED_MESSAGING_SERVERS%"=="any" set "R=,any"
if not defined R if defined ANY_ADDRESS set "R=,any"
if defined REMOVE goto r17_remove
if not defined R goto r17_skip
if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in ADMIN_STATIONS, so those peers are left out.
if /i not "%R%"==",any" if not defined HUB_TRANSPORT_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in HUB_TRANSPORT_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined CLIENT_ACCESS_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in CLIENT_ACCESS_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined MAILBOX_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in MAILBOX_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined LEGACY_EXCHANGE_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in LEGACY_EXCHANGE_SERVERS, so those peers are left out.
if /i not "%R%"==",any" if not defined UNIFIED_MESSAGING_SERVERS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in UNIFIED_MESSAGING_SERVERS, so those peers are left out.
if /i "%R%"==",any" echo WARNING: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe is open to any address.
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe" dir=in %QUIET%
%RUN% netsh advfirewall firewall add rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe" dir=in action=allow protocol=TCP localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\MSExchangeTransportLogSearch.exe" description="Exchange 2010 port explorer. Data paths: mailbox-admin-remote-registry, transport-hub-to-mailbox, mailbox-availability, mailbox-clustering, mailbox-content-indexing, mailbox-assistants, mailbox-mapi, mailbox-ad-topology, mailbox-system-attendant-listen, mailbox-system-attendant-mapi, cas-to-mailbox, um-to-mailbox. Includes paths the source says a firewall is not supported on."
if defined RUN (echo Would set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe& goto r17_done)
if errorlevel 1 (set /a FAILED+=1 & echo FAILED: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe) else (set /a ADDED+=1 & echo Set: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe)
goto r17_done
:r17_skip
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe" dir=in %QUIET%
echo Skipped: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe: no address in ADMIN_STATIONS or HUB_TRANSPORT_SERVERS or CLIENT_ACCESS_SERVERS or MAILBOX_SERVERS or LEGACY_EXCHANGE_SERVERS or UNIFIED_MESSAGING_SERVERS.
set /a SKIPPED+=1
goto r17_done
:r17_remove
%RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe" dir=in %QUIET%
if defined RUN goto r17_done
if errorlevel 1 (echo Not found: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe) else (set /a REMOVED+=1 & echo Removed: Exchange 2010 mailbox in: TCP dynamic RPC MSExchangeTransportLogSearch.exe)
:r17_done

rem Ports without a rule (the source gives no port Windows Firewall can name):
rem   TCP dynamic ports from Mailbox server (mailbox) (mailbox-clustering): the source gives no port number.
rem "    Ports (source) of mailbox-clustering: 「135/TCP (RPC) この表の後の「メールボックス サーバーに関する注」を参照。」 "
rem   SMB from Backup (VSS) (backup) (mailbox-vss-backup): the source names the service without a port number.
rem "    Ports (source) of mailbox-vss-backup: 「ローカル メッセージ ブロック (SMB)」 "

echo.
if defined RUN (echo Print only: nothing was changed. & exit /b 0)
if defined REMOVE (echo %REMOVED% of 17 rules removed.) else (echo %ADDED% of 17 rules set, %FAILED% failed, %SKIPPED% skipped for want of addresses.)
if %FAILED% gtr 0 exit /b 1
exit /b 0
